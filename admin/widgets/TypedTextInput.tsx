/**
 * A one-line input for a value staff type (a time, a date, a phone number). While the
 * field has focus it shows exactly what was typed, so a Japanese IME is never interrupted;
 * every keystroke stores the half-width reading, and leaving the field (or Enter, which
 * never adds a line) stores the final form (1600 → 16:00) and shows it.
 */
import { type KeyboardEvent, type ReactNode, useState } from 'react';

export interface TypedValue<Value> {
  /** What to store while staff are still typing (full-width made half-width). */
  typing(text: string): Value;
  /** What to store once they are done. */
  done(text: string): Value;
  placeholder: string;
  inputMode: 'numeric' | 'decimal' | 'tel' | 'text';
  /** Words shown beside the field, e.g. the date with its weekday. */
  describe?(value: Value | null | undefined): ReactNode;
}

interface Props<Value> {
  id: string;
  className?: string | undefined;
  value: Value | null | undefined;
  kind: TypedValue<Value>;
  onChange(value: Value): void;
  onFocus?(): void;
  onBlur?(): void;
  /** Instead of the kind's example, e.g. the hub's usual time. */
  placeholder?: string | undefined;
  /** Leave out the words beside the field (rows that share one explanation). */
  bare?: boolean;
  'aria-label'?: string;
}

const textOf = (value: unknown) => (value === null || value === undefined ? '' : String(value));

export function TypedTextInput<Value>({
  id,
  className,
  value,
  kind,
  onChange,
  onFocus,
  onBlur,
  placeholder,
  bare = false,
  ...aria
}: Props<Value>) {
  const [typed, setTyped] = useState<string | null>(null);
  const finish = (text: string) => {
    const final = kind.done(text);
    onChange(final);
    return final;
  };
  return (
    <span className="typed-input">
      <input
        id={id}
        className={className}
        type="text"
        inputMode={kind.inputMode}
        autoComplete="off"
        placeholder={placeholder ?? kind.placeholder}
        value={typed ?? textOf(value)}
        aria-label={aria['aria-label']}
        onFocus={() => {
          setTyped(textOf(value));
          onFocus?.();
        }}
        onChange={(event) => {
          setTyped(event.target.value);
          // Mid-conversion text is not what staff mean yet.
          if (!(event.nativeEvent as InputEvent).isComposing) onChange(kind.typing(event.target.value));
        }}
        onCompositionEnd={(event) => onChange(kind.typing(event.currentTarget.value))}
        onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
          if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
          event.preventDefault();
          setTyped(textOf(finish(event.currentTarget.value)));
        }}
        onBlur={(event) => {
          finish(event.currentTarget.value);
          setTyped(null);
          onBlur?.();
        }}
      />
      {kind.describe && !bare && <span className="typed-input-aside">{kind.describe(value)}</span>}
    </span>
  );
}
