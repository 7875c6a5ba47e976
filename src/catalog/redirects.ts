/**
 * Ids that were published once and then renamed or merged: the old URL keeps
 * working by redirecting to the new one. Never remove a line.
 */
export const errorIdRedirects: Readonly<Record<string, string>> = {};

/** Old endpoint anchors on module pages, `<module>.<old-name>` → current endpoint id. */
export const endpointIdRedirects: Readonly<Record<string, string>> = {};
