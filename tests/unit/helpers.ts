/** Small valid catalog pieces that tests break one field at a time. */
import type {ErrorEntry, FeatureModule, Source} from '../../src/catalog/types';

export function validSource(overrides: Partial<Source> = {}): Source {
  return {
    kind: 'docs-table',
    repo: 'example/docs',
    path: 'docs/errors.md',
    commit: '0123456789abcdef0123456789abcdef01234567',
    line: 12,
    ...overrides,
  };
}

export function validEntry(overrides: Partial<ErrorEntry> = {}): ErrorEntry {
  return {
    id: '400-test-username-not-legal',
    status: 400,
    type: 'illegal_argument',
    message: 'username XXX is not legal',
    sample: 'username alice@@ is not legal',
    summary: {zh: '用户名不合法。', en: 'The username is not valid.'},
    cause: {zh: '用户名含有不允许的字符。', en: 'The username contains characters that are not allowed.'},
    situations: [
      {zh: '注册时把邮箱地址直接当作用户名。', en: 'You register users with their email address as the username.'},
      {zh: '用户名里带了中文昵称。', en: 'A Chinese nickname ends up in the username.'},
    ],
    fix: {zh: '只使用允许的字符。', en: 'Use only allowed characters.'},
    sources: [validSource()],
    ...overrides,
  };
}

export function validModule(overrides: Partial<FeatureModule> = {}): FeatureModule {
  return {
    id: 'test',
    title: {zh: '测试', en: 'Test'},
    summary: {zh: '测试模块。', en: 'A test module.'},
    sections: [{id: 'main', title: {zh: '主要', en: 'Main'}}],
    endpoints: [
      {
        id: 'test.register',
        method: 'POST',
        path: '/app-id/{app_id}/users',
        title: {zh: '注册用户', en: 'Register a user'},
        section: 'main',
        errors: [{error: '400-test-username-not-legal'}],
      },
    ],
    entries: [validEntry()],
    ...overrides,
  };
}
