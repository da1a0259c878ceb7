import { useEffect, useRef, useState, type FormEvent } from 'react';
import { toApiError, type ApiError } from '../api';
import type { PlacedErrors } from './placeIssues';

export { placeIssues, type FieldOfPath, type PlacedErrors } from './placeIssues';

/** What the form's own reading of its values gives: the input to send, or errors per field. */
export type FormParse<Out, K extends string> =
  { fields: Out } | { errors: Partial<Record<K, string>> };

/** The fields of the values that hold typed text. */
type TextField<V> = { [F in keyof V]: V[F] extends string ? F : never }[keyof V];

interface ContractFormOptions<V, Out, K extends string> {
  initialValues: V | (() => V);
  /** Reads the typed text (money, dates…) into the input, or says which fields are wrong. */
  parse: (values: V) => FormParse<Out, K>;
  /** Sends the input; an error it throws is shown beside the fields it names. */
  send: (input: Out) => Promise<unknown>;
  /** Places the contract's refusal on the form's fields. */
  place: (error: ApiError) => PlacedErrors<K>;
  /** Drop a field's error as soon as its value changes (it speaks of a value no longer there). */
  clearErrorOnChange?: boolean;
  /**
   * Which control takes the keyboard when the form opens; null when something else places it
   * (a dialog whose picker has autoFocus).
   */
  firstControl?: string | null;
}

/**
 * The one flow of every form that writes through the contract: the form takes the keyboard when
 * it opens; a submit reads the values, sends them, and on refusal shows each error beside its
 * field (the rest above the form) and takes the keyboard to the first field that needs attention.
 */
export function useContractForm<V extends object, Out, K extends string>(
  options: ContractFormOptions<V, Out, K>,
) {
  const {
    parse,
    send,
    place,
    clearErrorOnChange = false,
    firstControl = 'input, select',
  } = options;
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<V>(options.initialValues);
  const [errors, setErrors] = useState<Partial<Record<K, string>>>({});
  const [failure, setFailure] = useState<{ error: ApiError; unplaced: string[] }>();
  const [busy, setBusy] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    if (firstControl !== null) formRef.current?.querySelector<HTMLElement>(firstControl)?.focus();
  }, [firstControl]);

  useEffect(() => {
    if (focusRequest === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!invalid) return;
    // Centred, not merely scrolled to an edge: the pinned top bar would hide a field at the top.
    invalid.focus({ preventScroll: true });
    invalid.scrollIntoView({ block: 'center' });
  }, [focusRequest]);

  const set = <F extends keyof V>(field: F, value: V[F]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    if (!clearErrorOnChange) return;
    setErrors((previous) => {
      const key = field as unknown as K;
      if (previous[key] === undefined) return previous;
      const next = { ...previous };
      delete next[key];
      return next;
    });
  };

  /** A text control's value and change handler: `<input {...control} {...text('title')} />`. */
  const text = <F extends TextField<V>>(field: F) => ({
    value: values[field] as string,
    onChange: (event: { target: { value: string } }) => set(field, event.target.value as V[F]),
  });

  /**
   * A typed-text input's props: money is typed as text (`1 234,50`) and read by the form's parse,
   * never as a number input; counts likewise. `<input {...control} {...input('minimum', 'money')} />`.
   */
  const input = <F extends TextField<V>>(field: F, kind: 'text' | 'money' | 'count' = 'text') => ({
    className: kind === 'text' ? 'control' : 'control numeric',
    type: 'text',
    autoComplete: 'off',
    inputMode:
      kind === 'money' ? ('decimal' as const) : kind === 'count' ? ('numeric' as const) : undefined,
    ...text(field),
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(undefined);
    const parsed = parse(values);
    if ('errors' in parsed) {
      setErrors(parsed.errors);
      setFocusRequest((count) => count + 1);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await send(parsed.fields);
    } catch (caught) {
      const error = toApiError(caught);
      const { fields, unplaced } = place(error);
      setErrors(fields);
      setFailure({ error, unplaced });
      setFocusRequest((count) => count + 1);
    } finally {
      setBusy(false);
    }
  }

  /** The form element's wiring: `<form {...formProps} className=…>`. */
  const formProps = {
    ref: formRef,
    noValidate: true,
    onSubmit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };

  return {
    formRef,
    formProps,
    values,
    setValues,
    set,
    text,
    input,
    errors,
    failure,
    busy,
    submit,
  };
}
