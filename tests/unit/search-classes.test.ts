/**
 * The rules that make search generalise, one block per kind of paste: each
 * is a rule over the whole catalog, not an answer for one query.
 */
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadCatalog, type ErrorEntry} from '../../src/catalog';
import {hasPlaceholder, templateToRegExp} from '../../src/catalog/placeholders';
import {buildSearchData} from '../../src/search/documents';
import {publishedKnownQuestions} from '../../src/search/known-questions';
import {SearchEngine} from '../../src/search/engine';
import {parseQuery} from '../../src/search/query';
import {compileMatcher} from '../../src/search/templates';
import {normalizeMessage} from '../../src/search/text';

const catalog = loadCatalog();
const engine = new SearchEngine(buildSearchData(catalog, publishedKnownQuestions));
const top = (q: string) => engine.search(q).hits[0];
const messagesOf = (e: ErrorEntry) => [e.message, ...(e.variants ?? []).map((v) => v.message ?? '')].filter(Boolean);

/** Every literal message that a template of another entry would match whole, placeholders taking any text. */
function swallowedLiterals(): {literal: string; template: string; owner: string}[] {
  const pairs: {literal: string; template: string; owner: string}[] = [];
  for (const t of catalog.entries) {
    for (const template of messagesOf(t).filter(hasPlaceholder)) {
      const loose = templateToRegExp(template);
      for (const l of catalog.entries) {
        if (l.id === t.id) continue;
        for (const literal of messagesOf(l).filter((m) => !hasPlaceholder(m) && loose.test(m)))
          pairs.push({literal, template, owner: t.id});
      }
    }
  }
  return pairs;
}

describe('a literal message beats a template that swallows its surroundings', () => {
  const pairs = swallowedLiterals();
  const wrappers: [string, (m: string) => string][] = [
    ['alone', (m) => m],
    ['after a log prefix', (m) => `2026-11-30 12:00:01 ERROR [http-nio-8080-exec-1] c.e.Client - call failed: ${m}`],
    ['after a Chinese sentence', (m) => `调用接口的时候返回了：${m}`],
    ['as the description of a body without a type', (m) => JSON.stringify({error_description: m})],
  ];

  it('finds the pairs in the catalog', () => {
    // `XX is violation…` / `group announcement is violation…`, `XX must be provided` / `file must be provided.`, …
    expect(pairs.length).toBeGreaterThanOrEqual(4);
  });

  for (const {literal, template, owner} of pairs) {
    for (const [how, wrap] of wrappers) {
      it(`"${literal}" ${how} finds its own entry, not "${template}"`, () => {
        const hit = top(wrap(literal));
        expect(normalizeMessage(hit.doc.message)).toBe(normalizeMessage(literal));
        expect(hit.doc.id).not.toBe(owner);
      });
    }
  }

  it('still fills a template with a real single value', () => {
    expect(top('FreeCoins888 is violation, please change it.').doc.id).toBe('403-group-name-violation-change');
    expect(top('LOG 12:00:01 rejected: FreeCoins888 is violation, please change it.').doc.id).toBe(
      '403-group-name-violation-change',
    );
  });

  it('keeps a placeholder the sample shows as one word from stretching over spaces', () => {
    const m = compileMatcher('XX is violation, please change it.', 'FreeCoins888 is violation, please change it.');
    expect(m.anchored.test('FreeCoins888 is violation, please change it.')).toBe(true);
    expect(m.anchored.test('my group announcement is violation, please change it.')).toBe(false);
  });

  it('lets a placeholder between brackets hold a list', () => {
    const m = compileMatcher(
      'users [XX] are not members of this group!',
      'users [alice] are not members of this group!',
    );
    expect(m.anchored.test('users [bob, carol] are not members of this group!')).toBe(true);
  });

  it('does not take "batch size 10" for "batch size 100"', () => {
    expect(top('the server said: exceed allowed batch size 100').doc.message).toBe('exceed allowed batch size %s');
  });
});

describe('status, method and path steer the ranking', () => {
  it.each([
    ['HTTP/1.1 403 Forbidden\nusers [bob] are not members of this group!'],
    ['{"statusCode": 403, "body": "users [bob] are not members of this group!"}'],
    ['level=warn status=403 users [bob] are not members of this group!'],
    ['403 {"error":"forbidden_op","error_description":"users [bob] are not members of this group!"}'],
    ['call -> 403 users [bob] are not members of this group!'],
    ['接口返回 403：users [bob] are not members of this group!'],
    ['POST https://host/app-id/1/chatgroups/2/users 403 users [bob] are not members of this group!'],
  ])('reads the status of %j', (q) => {
    expect(parseQuery(q).status).toBe(403);
  });

  it('does not take ids, limits or times for a status', () => {
    expect(parseQuery('desc cannot exceed to 512').status).toBeUndefined();
    expect(parseQuery('grpID 403 does not exist! at 2026-11-30 12:00:01, retried after a long wait').status).toBe(
      undefined,
    );
    expect(parseQuery('GET https://host/app-id/1/chatgroups/404/users?x=1 took 12 ms').status).toBeUndefined();
  });

  it('puts the 403 group entry first for the request line of a group', () => {
    const q =
      'POST …/chatgroups/123/users 403 {"error":"forbidden_op","error_description":"users [bob] are not members of this group!"}';
    expect(top(q.replace('…', 'https://a1.example.com/app-id/1100241212162981')).doc.id).toBe(
      '403-forbidden-op-users-not-members-group',
    );
  });

  it('lets the path alone choose between a chat room and a group entry with the same message', () => {
    const body = '{"error":"forbidden_op","error_description":"users [dan] are not members of this group!"}';
    expect(top(`curl -X POST "https://host/app-id/1/chatrooms/77/mute" ${body}`).doc.status).toBe(400);
    expect(top(`curl -X POST "https://host/app-id/1/chatgroups/77/mute" ${body}`).doc.status).toBe(403);
    // The older address form: /<org>/<app>/…
    expect(top(`DELETE https://host/org1/app1/chatrooms/77/users/dan ${body}`).doc.status).toBe(400);
  });

  it('lets method and path choose between entries with one message and type', () => {
    expect(top("POST https://host/app-id/1/messages/batch_recall -> 400 param to can't be empty").doc.id).toBe(
      '400-message-recall-error-param-cant-empty',
    );
    expect(top("POST https://host/app-id/1/messages/chatgroups -> 400 param to can't be empty").doc.id).toBe(
      '400-message-send-error-param-cant-empty',
    );
  });
});

describe('endpoint context travels with the result', () => {
  const q =
    'DELETE https://host/app-id/1100241212162981/chatgroups/5/users/bob 403 {"error":"forbidden_op","error_description":"users [bob] are not members of this group!"}';

  it('names the endpoint of the paste and the hit that it returns', () => {
    const r = engine.search(q);
    expect(r.endpoint?.id).toBe('groups.remove-member-single');
    expect(r.hits[0]).toMatchObject({doc: {id: '403-forbidden-op-users-not-members-group'}, endpoint: r.endpoint?.id});
  });

  it('names no endpoint when the paste has no request, or one the catalog does not know', () => {
    expect(engine.search('users [bob] are not members of this group!').endpoint).toBeUndefined();
    expect(engine.search('GET https://host/app-id/1/no/such/thing 404').endpoint).toBeUndefined();
  });

  it('gives the command line an endpoint field', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/lookup.ts', '--jsonl', '--limit', '1'], {
      cwd: path.resolve(__dirname, '../..'),
      input: `${JSON.stringify({q})}\n${JSON.stringify({q: '429'})}\n`,
      encoding: 'utf8',
    });
    const [first, second] = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(first.endpoint).toBe('groups.remove-member-single');
    expect(first.results[0].endpoint).toBe('groups.remove-member-single');
    expect(second.endpoint).toBeNull();
    expect(second.results[0].endpoint).toBeNull();
  }, 30_000);
});

describe('an unknown error type falls back to its status', () => {
  it.each([
    [
      400,
      '{"error":"request_param_invalid","exception":"org.springframework.validation.BindException","error_description":"Field error in object group on field maxusers"}',
    ],
    [
      404,
      '{"error":"no_handler","exception":"org.springframework.web.servlet.NoHandlerFoundException","error_description":"No handler found for GET /chatgroupz"}',
    ],
    [403, '{"error":"forbiden_op","error_description":"operation rejected"}'],
  ])('HTTP %i with a type the catalog lacks: the generic entry, then that status', (status, body) => {
    const r = engine.search(`HTTP/1.1 ${status}\n${body}`);
    expect(r.hits[0].doc.id).toBe(`http-${status}`);
    for (const hit of r.hits.slice(1, 4)) expect(hit.doc.status).toBe(status);
  });

  it('treats a null description as none', () => {
    expect(parseQuery('{"error":"x","error_description":null}').description).toBeUndefined();
  });
});

describe('failures reported inside a successful response', () => {
  it('rank below errors that match a question as well, when the paste has no status', () => {
    expect(catalog.entries.some((e) => e.status < 400)).toBe(true);
    expect(top('user already in group').doc.status).toBeGreaterThanOrEqual(400);
    expect(top("user doesn't exist in group").doc.status).toBeGreaterThanOrEqual(400);
  });
});

describe('Chinese questions with a status and a symptom', () => {
  it('lets status and symptom together outrank one shared word', () => {
    // 公告 alone would point at "announcement is null"; 403 and 太长 say the announcement is too long.
    expect(top('修改群公告 返回 403 内容太长').doc.id).toBe('403-forbidden-announce-info-length-exceeds-limit');
  });

  it('answers with the generic status entry when nothing more specific fits', () => {
    expect(top('调用接口 返回 403 没有权限').doc.id).toBe('http-403');
    expect(top('查看应用配置 返回 403 权限不足').doc.id).toBe('http-403');
    expect(top('获取用户列表 接口报 502').doc.id).toBe('http-502');
  });
});

describe('English paraphrases of limits land on the named feature', () => {
  it.each([
    [
      'adding too many members to a chat room in one request',
      '400-invalid-parameter-addmembers-addmembers-number-more-than',
    ],
    ['kicking too many chat room members in one call', '400-invalid-parameter-kickmember-kickmembers-number-more-than'],
    ['unmute too many chat room members in one request', '400-invalid-parameter-removemute-member-size-more-than'],
    ['mute too many chat room members in one request', '400-invalid-parameter-usernames-size-more-than-max-limit-60'],
    ['the chat room announcement text is too long', '403-forbidden-op-announce-info-length-exceeds-limit'],
    ['the group announcement text is too long', '403-forbidden-announce-info-length-exceeds-limit'],
    ['page size too big when listing contacts', '400-illegal-argument-getcontacts'],
    [
      'removing too many users from a group blocklist in one call',
      '400-invalid-parameter-removeblacklist-list-size-more-than',
    ],
  ])('%s', (q, id) => {
    expect(top(q).doc.id).toBe(id);
  });
});
