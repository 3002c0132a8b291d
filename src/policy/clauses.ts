/**
 * Defaults for the data the engine attaches to a decision: the policy clause
 * behind each category and each category's severity. Both can be overridden
 * in the `engine:` section of the policy file (`clauses:`, `severity:`).
 *
 * Clause numbering follows the company policy (DESIGN §1): 1(1) inappropriate
 * demands, 1(2) socially unacceptable means.
 */
import type { Category, Severity } from './types.js';

export const DEFAULT_CLAUSES: Record<Category, string> = {
  violence: '1(2)(a) violence',
  intimidation: '1(2)(b) psychological attack: intimidation',
  defamation: '1(2)(b) psychological attack: defamation or slander',
  insult: '1(2)(b) psychological attack: insults and abusive language',
  kneel_demand: '1(2)(b) psychological attack: demand to kneel or for a humiliating apology',
  persistence: '1(2)(c) persistence: continuous, repetitive, insistent contact',
  restrictive: '1(2)(d) restrictive conduct: refusal to leave or hang up, sit-in, confinement',
  sexual: '1(2)(e) sexual language or conduct',
  discriminatory: '1(2)(f) discriminatory language or conduct',
  privacy: "1(2)(g) privacy infringement: staff's private details, names, photos or recordings",
  exchange: '1(1)(c) demand for an exchange of products without a defect',
  excessive: '1(1)(c) excessive demand: beyond the contract (after-hours, on-site, impossible deadlines)',
  monetary: '1(1)(c) demand for monetary compensation beyond the contract',
  unrelated: "1(1)(b) demand unrelated to the company's products and services",
};

export const DEFAULT_SEVERITY: Record<Category, Severity> = {
  violence: 'critical',
  sexual: 'critical',
  discriminatory: 'critical',
  intimidation: 'high',
  defamation: 'high',
  kneel_demand: 'high',
  restrictive: 'high',
  privacy: 'high',
  insult: 'medium',
  persistence: 'medium',
  exchange: 'low',
  excessive: 'low',
  monetary: 'low',
  unrelated: 'low',
};

export const SEVERITY_ORDER: readonly Severity[] = ['none', 'low', 'medium', 'high', 'critical'];
