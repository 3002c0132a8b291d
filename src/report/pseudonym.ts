/**
 * Requester pseudonyms for the compliance report: a keyed hash, so the same
 * requester gets the same label in every report made with the same key, and
 * nobody without the key can go from label back to person (requester ids are
 * small integers; an unkeyed hash would be reversed by enumeration).
 */
import { createHmac } from 'node:crypto';

/**
 * Used when REPORT_PSEUDONYM_KEY is unset. It is public (it is in this file),
 * so labels made with it only hide ids from a casual reader: the command warns.
 */
export const DEFAULT_PSEUDONYM_KEY = 'harassment-guard-report-default-key';

export const PSEUDONYM_PREFIX = 'rq_';

/** `rq_` + the first 16 hex digits of HMAC-SHA256(key, requesterId). */
export function pseudonymise(key: string, requesterId: string): string {
  return PSEUDONYM_PREFIX + createHmac('sha256', key).update(requesterId, 'utf8').digest('hex').slice(0, 16);
}

export function pseudonymiser(key: string): (requesterId: string) => string {
  return (id) => pseudonymise(key, id);
}
