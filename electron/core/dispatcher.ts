import { z } from 'zod';
import { channels, isChannelName, type Language } from '../../shared/contract';
import {
  AppError,
  apiMessage,
  englishText,
  formatIssue,
  localizeZodIssues,
  renderText,
  type AppErrorShape,
  type Result,
} from '../../shared/errors';
import { createTranslator, type Translator } from '../../shared/i18n/translate';
import type { Workspace } from './db/connection';
import { handlers as defaultHandlers, type CallContext, type Handlers } from './handlers';
import { busyError, isSqliteBusy } from './jobs/writeGuard';
import { getLanguage } from './services/workspace';

export type Dispatch = (
  channel: string,
  input: unknown,
  ctx?: CallContext,
) => Promise<Result<unknown>>;

/** zod's own messages ("Invalid input…") in each language; contract messages are keys instead. */
const zodLocales: Record<Language, z.core.$ZodErrorMap> = {
  en: z.locales.en().localeError,
  fr: z.locales.fr().localeError,
};

const translators: Partial<Record<Language, Translator>> = {};
function translatorFor(language: Language): Translator {
  return (translators[language] ??= createTranslator(language));
}

/** The workspace's language, read when an error is answered (a one-row query, off the happy path). */
async function errorLanguage(ws: Workspace): Promise<Language> {
  try {
    return await getLanguage(ws);
  } catch {
    // A damaged or closing file still gets an answer, in English.
    return 'en';
  }
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  // The file is locked by a long operation's worker (or another process) writing it.
  if (isSqliteBusy(error)) return busyError();
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return new AppError(
      'conflict',
      apiMessage('apiErrors.brokeRule', { detail: String((error as Error).message) }),
    );
  }
  return new AppError('internal', error instanceof Error ? error.message : String(error));
}

/** A validation refusal whose summary lists each field's message in the reader's language. */
function invalidInput(channel: string, error: z.ZodError, translator: Translator): AppErrorShape {
  const rendered = new AppError('validation', channel, localizeZodIssues(error.issues)).render(
    translator,
  );
  const details = rendered.issues.map(formatIssue).join('; ');
  return {
    ...rendered,
    message: renderText(apiMessage('apiErrors.invalidInput', { channel, details }), translator),
  };
}

/**
 * The one dispatcher every transport calls: parse input, run the service, check the output.
 * It never throws; errors come back as `{ok:false, error:{code, message, issues}}`, their
 * messages in the workspace's language (see `shared/errors.ts`).
 */
export function createDispatcher(ws: Workspace, handlers: Handlers = defaultHandlers): Dispatch {
  return async (channel, input, ctx = {}) => {
    try {
      if (!isChannelName(channel)) {
        throw new AppError('unknown_channel', apiMessage('apiErrors.unknownChannel', { channel }));
      }
      const spec = channels[channel];
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) {
        // Parsed again with zod's messages in the workspace's language: only on refusal.
        const language = await errorLanguage(ws);
        const again = spec.input.safeParse(input ?? {}, { error: zodLocales[language] });
        const error = again.success ? parsed.error : again.error;
        return { ok: false, error: invalidInput(channel, error, translatorFor(language)) };
      }
      const handler = handlers[channel] as (
        ws: Workspace,
        input: unknown,
        ctx: CallContext,
      ) => Promise<unknown>;
      const raw = await handler(ws, parsed.data, ctx);
      const checked = spec.output.safeParse(raw);
      if (!checked.success) {
        // A service broke the contract: a bug, reported as such (in English) rather than sent on.
        const details = localizeZodIssues(checked.error.issues)
          .map((issue) =>
            formatIssue({ path: [...issue.path], message: englishText(issue.message) }),
          )
          .join('; ');
        throw new AppError(
          'internal',
          apiMessage('apiErrors.outputMismatch', { channel, details }),
        );
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      const language = await errorLanguage(ws);
      return { ok: false, error: toAppError(error).render(translatorFor(language)) };
    }
  };
}
