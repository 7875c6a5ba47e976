import {describe, expect, it} from 'vitest';
import {MAX_QUERY_LENGTH, parseQuery} from '../../src/search/query';

describe('parseQuery understands a pasted error', () => {
  it('reads a minified JSON body', () => {
    const q = parseQuery(
      '{"error":"auth_bad_access_token","timestamp":1559816593002,"duration":0,"exception":"org.apache.usergrid.rest.exceptions.SecurityException","error_description":"Unable to authenticate due to corrupt access token"}',
    );
    expect(q).toMatchObject({
      type: 'auth_bad_access_token',
      description: 'Unable to authenticate due to corrupt access token',
      exception: 'org.apache.usergrid.rest.exceptions.SecurityException',
    });
  });

  it('reads a pretty-printed body after an HTTP status line', () => {
    const q = parseQuery(
      'HTTP/1.1 403 Forbidden\n{\n  "error" : "forbidden_op",\n  "error_description" : "message send reach limit"\n}',
    );
    expect(q).toMatchObject({status: 403, type: 'forbidden_op', description: 'message send reach limit'});
  });

  it('reads a body escaped inside a log line', () => {
    const q = parseQuery(
      '2024-11-28 10:00:01 ERROR im resp={\\"error\\":\\"resource_not_found\\",\\"error_description\\":\\"grpID 216482239234049 does not exist!\\"} status=404',
    );
    expect(q).toMatchObject({
      status: 404,
      type: 'resource_not_found',
      description: 'grpID 216482239234049 does not exist!',
    });
  });

  it('reads a truncated body', () => {
    const q = parseQuery('{"error":"unauthorized","error_description":"Unable to authenticate due to expi');
    expect(q.type).toBe('unauthorized');
    expect(q.description).toBe('Unable to authenticate due to expi');
  });

  it('reads a Python-style dict and unicode escapes', () => {
    const q = parseQuery(
      "{'error': 'forbidden_op', 'error_description': 'users [bob] are not members of this group!'}",
    );
    expect(q).toMatchObject({type: 'forbidden_op', description: 'users [bob] are not members of this group!'});
    expect(parseQuery('{"error_description":"can\\u0027t find msg to"}').description).toBe("can't find msg to");
  });

  it('recognises a bare status, status plus type, and a status inside a short query', () => {
    expect(parseQuery('401')).toMatchObject({status: 401, text: '401'});
    expect(parseQuery('403 forbidden_op').status).toBe(403);
    expect(parseQuery('forbidden_op 403').status).toBe(403);
    expect(parseQuery('"status": 429').status).toBe(429);
    expect(parseQuery('状态码 500').status).toBe(500);
  });

  it('does not take limits or other numbers for a status', () => {
    expect(parseQuery("params to's size can't exceed limit 600").status).toBeUndefined();
    expect(parseQuery('removeMute member size more than max limit : 60').status).toBeUndefined();
    expect(parseQuery('{"error":"x","timestamp":1559816593002,"duration":404}').status).toBeUndefined();
  });

  it('recognises a request line and a bare path', () => {
    expect(parseQuery('POST https://a1.example.com/app-id/123/chatgroups/99/users 403')).toMatchObject({
      method: 'POST',
      path: '/app-id/123/chatgroups/99/users',
    });
    expect(parseQuery('/app-id/{app_id}/users/{username}/status').path).toBe(
      '/app-id/{app_id}/users/{username}/status',
    );
  });

  it('never throws and cuts hostile input', () => {
    for (const input of [
      undefined,
      null,
      42,
      {},
      '',
      '\u0000\u0001',
      '"error":',
      '{"error":"',
      '{{{{',
      'x'.repeat(200_000),
    ]) {
      const q = parseQuery(input);
      expect(q.input.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    }
  });
});
