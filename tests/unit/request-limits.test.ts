import { describe, expect, it } from 'vitest';
import { ANONYMOUS_BODY_LIMIT, anonymousBodyRefusal, isPossibleServerAction, isUnreadableActionBody } from '@/lib/http/request-limits';

function post(headers: Record<string, string>, method = 'POST'): Request {
  return new Request('http://localhost/sign-in', { method, headers });
}

const multipart = { 'content-type': 'multipart/form-data; boundary=x' };

describe('bodies from visitors without a session', () => {
  it('are refused over the limit, or when their length is not said', () => {
    expect(anonymousBodyRefusal(post({ ...multipart, 'content-length': String(ANONYMOUS_BODY_LIMIT) }))).toBeNull();
    expect(anonymousBodyRefusal(post({ ...multipart, 'content-length': String(ANONYMOUS_BODY_LIMIT + 1) }))?.status).toBe(413);
    expect(anonymousBodyRefusal(post({ 'next-action': 'abc', 'content-type': 'text/plain' }))?.status).toBe(413);
    expect(anonymousBodyRefusal(post({ ...multipart }))?.status).toBe(413);
    expect(anonymousBodyRefusal(post({ 'content-type': 'application/json', 'transfer-encoding': 'chunked' }))?.status).toBe(413);
    for (const bad of ['-1', '1e3', '12abc', '0x10', '99999999999999999999']) {
      expect(anonymousBodyRefusal(post({ ...multipart, 'content-length': bad })), bad).not.toBeNull();
    }
  });

  it('leave reads and small bodies alone', () => {
    expect(anonymousBodyRefusal(new Request('http://localhost/'))).toBeNull();
    expect(anonymousBodyRefusal(post({ 'content-length': '10' }, 'PUT'))).toBeNull();
    expect(anonymousBodyRefusal(post({ 'content-type': 'application/x-www-form-urlencoded', 'content-length': '42' }))).toBeNull();
    // A POST with no body at all that Next.js would not take for an action.
    expect(anonymousBodyRefusal(post({}))).toBeNull();
  });
});

describe('what Next.js takes for a server action', () => {
  it('is a POST with an action header or a form body', () => {
    expect(isPossibleServerAction(post({ 'next-action': 'x' }))).toBe(true);
    expect(isPossibleServerAction(post(multipart))).toBe(true);
    expect(isPossibleServerAction(post({ 'content-type': 'application/x-www-form-urlencoded' }))).toBe(true);
    expect(isPossibleServerAction(post({ 'content-type': 'application/json' }))).toBe(false);
    expect(isPossibleServerAction(new Request('http://localhost/', { headers: { 'next-action': 'x' } }))).toBe(false);
  });
});

describe('an unreadable action body', () => {
  it('is told from a readable one', async () => {
    const body = '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--x--\r\n';
    expect(await isUnreadableActionBody(new Request('http://localhost/', { method: 'POST', headers: { ...multipart, 'next-action': 'a' }, body }))).toBe(false);
    expect(await isUnreadableActionBody(new Request('http://localhost/', { method: 'POST', headers: { ...multipart, 'next-action': 'a' }, body: body.slice(0, 30) }))).toBe(true);
  });

  it('is a body cut short, however it arrives', async () => {
    const send = (type: string, parts: string[]) =>
      isUnreadableActionBody(
        new Request('http://localhost/', {
          method: 'POST',
          headers: { 'content-type': type, 'next-action': 'a' },
          body: new ReadableStream({
            start(controller) {
              for (const part of parts) controller.enqueue(new TextEncoder().encode(part));
              controller.close();
            },
          }),
          duplex: 'half',
        } as RequestInit),
      );
    const whole = '--b0undary\r\nContent-Disposition: form-data; name="photo"\r\n\r\n' + 'x'.repeat(5000) + '\r\n--b0undary--\r\n';
    // The closing boundary split across small chunks, and a quoted boundary parameter.
    const pieces = whole.match(/[\s\S]{1,7}/g)!;
    expect(await send('multipart/form-data; boundary=b0undary', pieces)).toBe(false);
    expect(await send('multipart/form-data; boundary="b0undary"', [whole])).toBe(false);
    expect(await send('multipart/form-data; boundary=b0undary', pieces.slice(0, -3))).toBe(true);
    expect(await send('multipart/form-data; boundary=other', [whole])).toBe(true);
    expect(await send('multipart/form-data', [whole])).toBe(true);
  });
});
