/** `harassment-guard replay --ticket ID` against the local fake Zendesk: decisions printed, nothing written. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runReplay } from '../../../src/cli/commands/replay.js';
import { FakeZendesk } from '../../support/fake-zendesk.js';
import { testPolicyPath } from '../../support/policy.js';
import { REDIS_URL } from '../../support/redis.js';
import { ABUSIVE_TEXT, CLEAN_TEXT } from '../../support/webhooks.js';

let zd: FakeZendesk;
beforeEach(async () => {
  zd = await FakeZendesk.start();
});
afterEach(async () => {
  await zd.close();
});

async function replay(ticket: string, json = false) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runReplay(
    { ticket, json },
    {
      REDIS_URL,
      ZENDESK_BASE_URL: zd.baseUrl,
      ZENDESK_EMAIL: zd.credentials.email,
      ZENDESK_API_TOKEN: zd.credentials.token,
      POLICY_FILE: testPolicyPath(),
      ACTIONS_MODE: 'live',
      // The fake answers on loopback; the default 10 s only bounds a hang, and a
      // loaded CI host (both replays compile the policy) must not trip it.
      ZENDESK_TIMEOUT_MS: '60000',
    },
    { stdout: (l) => out.push(l), stderr: (l) => err.push(l), cwd: process.cwd() },
  );
  return { code, out, err };
}

describe('replay', () => {
  it("evaluates the ticket's customer comments, skips staff ones, and writes nothing", async () => {
    const customer = zd.addUser({ role: 'end-user' });
    const agent = zd.addUser({ role: 'agent' });
    const t = zd.createTicket({ requesterId: customer.id, body: CLEAN_TEXT, priority: 'normal' });
    const staff = zd.addComment(t.id, { authorId: agent.id, body: 'We are looking into it.' });
    const abusive = zd.addComment(t.id, { authorId: customer.id, body: ABUSIVE_TEXT });
    zd.clearLog();

    const r = await replay(t.id, true);
    expect(r.code).toBe(0);
    const lines = r.out.map(
      (l) =>
        JSON.parse(l) as {
          commentId: string;
          verdict: string;
          means: string[];
          evidence: { quote: string }[];
        },
    );
    expect(lines.map((l) => l.verdict)).toEqual(['none', 'harassment']);
    expect(lines.map((l) => l.commentId)).not.toContain(staff.id);
    const flagged = lines[1]!;
    expect(flagged.commentId).toBe(abusive.id);
    expect(flagged.means).toContain('violence');
    expect(ABUSIVE_TEXT).toContain(flagged.evidence[0]!.quote);
    expect(r.err.join('\n')).toMatch(
      /3 comments, 2 customer messages evaluated \(none 1, harassment 1\); nothing written/,
    );
    expect(zd.writes()).toEqual([]);

    const human = await replay(t.id);
    // On failure, say why (the CI run that once failed here printed nothing of it).
    expect(human.code, human.err.join('\n')).toBe(0);
    expect(human.out.some((l) => l.startsWith(`comment ${staff.id}: skipped (staff comment)`))).toBe(true);
    expect(human.out.some((l) => l.startsWith(`comment ${abusive.id}`) && l.includes('harassment'))).toBe(
      true,
    );
  });

  it('fails with one line for an unknown ticket or a bad id', async () => {
    const missing = await replay('424242');
    expect(missing.code).toBe(1);
    expect(missing.err).toEqual([
      expect.stringMatching(
        /^harassment-guard replay: Zendesk GET \/api\/v2\/tickets\/424242\.json answered 404/,
      ),
    ]);
    const bad = await replay('12; DROP');
    expect(bad.code).toBe(1);
    expect(bad.err[0]).toContain('--ticket must be a ticket number');
  });
});
