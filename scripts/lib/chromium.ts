/**
 * How this project starts Debian's Chromium, for the end-to-end tests and the
 * bench alike: the system binary (never a downloaded one) and the flags a
 * headless run as root on a closed network needs.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
