import { expect } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import { createDispatcher } from '../../electron/core/dispatcher';
import type { Language } from '../../shared/contract';
import type { AppErrorShape } from '../../shared/errors';
import { call } from './helpers';

/** What a French text must never show: a raw key, an unfilled placeholder, an English phrase. */
const ENGLISH_WORDS =
  /\b(is|are|the|not|has|have|must|column|line|file|with|cannot|was|should|only|no|and|or|of)\b/i;

/** A French sentence with every parameter filled: no key, no `{name}`, no English word left. */
export function expectFrench(text: string | undefined): void {
  expect(text).toBeDefined();
  const value = text ?? '';
  expect(value).not.toMatch(/apiErrors\.|\{\w+\}/);
  expect({ text: value, english: ENGLISH_WORDS.exec(value)?.[0] }).toEqual({
    text: value,
    english: undefined,
  });
}

/** An English sentence with every parameter filled (its words are checked case by case). */
export function expectEnglish(text: string | undefined): void {
  expect(text).toBeDefined();
  expect(text ?? '').not.toMatch(/apiErrors\.|\{\w+\}|[«»’]/);
}

export async function useLanguage(ws: Workspace, language: Language): Promise<void> {
  await call(ws, 'workspace.setLanguage', { language });
}

/** The refusal a call gets through the real dispatcher. */
export async function refusal(
  ws: Workspace,
  channel: string,
  input: unknown,
): Promise<AppErrorShape> {
  const result = await createDispatcher(ws)(channel, input);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error;
}

/** The same refusal read in English, then in French. */
export async function refusalInBoth(
  ws: Workspace,
  channel: string,
  input: unknown,
): Promise<Record<Language, AppErrorShape>> {
  await useLanguage(ws, 'en');
  const en = await refusal(ws, channel, input);
  await useLanguage(ws, 'fr');
  const fr = await refusal(ws, channel, input);
  return { en, fr };
}

/** Same code, same paths, each message in its own language. */
export function expectSameRefusal({ en, fr }: Record<Language, AppErrorShape>): void {
  expect(fr.code).toBe(en.code);
  expect(fr.issues.map((issue) => issue.path)).toEqual(en.issues.map((issue) => issue.path));
  expect(fr.message).not.toBe(en.message);
  expectEnglish(en.message);
  expectFrench(fr.message);
  for (const issue of en.issues) expectEnglish(issue.message);
  for (const issue of fr.issues) expectFrench(issue.message);
}
