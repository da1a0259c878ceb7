import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract';
import { toApiError, type ApiError } from './ApiError';
import { invoke, type InvokeOptions } from './client';
import { getSnapshot, subscribe, trackWrite, type SaveStatus } from './store';

export interface QueryState<T> {
  /** The last answer, kept while a reload runs so the screen does not flash. */
  data: T | undefined;
  error: ApiError | undefined;
  /** True until the answer for the current input and data version has arrived. */
  loading: boolean;
  reload: () => void;
}

interface Answer<T> {
  inputText: string;
  requestKey: string;
  data: T | undefined;
  error: ApiError | undefined;
}

/**
 * Read a channel and keep it fresh: it reloads when its input changes, after every write made
 * through `mutate`, and on `reload()`. Pass `null` as input to wait (e.g. no project chosen).
 */
export function useQuery<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C> | null,
): QueryState<ChannelOutput<C>> {
  const { dataVersion } = useSyncExternalStore(subscribe, getSnapshot);
  const [manualReloads, setManualReloads] = useState(0);
  const [answer, setAnswer] = useState<Answer<ChannelOutput<C>>>();

  // Inputs are plain JSON: their text is a stable identity across renders.
  const inputText = input === null ? null : JSON.stringify(input);
  const requestKey = `${channel} ${inputText ?? 'waiting'} ${dataVersion} ${manualReloads}`;

  useEffect(() => {
    if (inputText === null) return;
    let current = true;
    // Parsing the text back yields the same input value the caller passed.
    const parsedInput = JSON.parse(inputText) as ChannelInput<C>;
    invoke(channel, parsedInput).then(
      (data) => {
        if (current) setAnswer({ inputText, requestKey, data, error: undefined });
      },
      (error: unknown) => {
        if (!current) return;
        setAnswer((previous) => ({
          inputText,
          requestKey,
          data: previous?.inputText === inputText ? previous.data : undefined,
          error: toApiError(error),
        }));
      },
    );
    return () => {
      current = false;
    };
  }, [channel, inputText, requestKey]);

  const reload = useCallback(() => setManualReloads((count) => count + 1), []);
  // An answer for another input (another project…) is never shown as this one's.
  const sameInput = answer !== undefined && answer.inputText === inputText;
  return {
    data: sameInput ? answer.data : undefined,
    error: sameInput && answer.requestKey === requestKey ? answer.error : undefined,
    loading: inputText !== null && answer?.requestKey !== requestKey,
    reload,
  };
}

/** Write through a channel: tracked by the "Saved" indicator, then every query reloads. */
export function mutate<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  options: InvokeOptions = {},
): Promise<ChannelOutput<C>> {
  return trackWrite(() => invoke(channel, input, options));
}

export function useSaveStatus(): SaveStatus {
  return useSyncExternalStore(subscribe, getSnapshot).saveStatus;
}
