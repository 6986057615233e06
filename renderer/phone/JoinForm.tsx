import { useState } from 'react';
import { joinCodeSchema } from '../../shared/protocol';

/** Typing the code from the projector when the QR code was not scanned. */
export function JoinForm() {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = joinCodeSchema.safeParse(code);
        if (!parsed.success) {
          setError(parsed.error.issues[0]?.message ?? 'That is not a join code.');
          return;
        }
        window.location.assign(`/j/${parsed.data}`);
      }}
    >
      <h1>Join a session</h1>
      <label htmlFor="join-code">Code shown on the screen</label>
      <input
        id="join-code"
        className="field code-input"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={8}
        value={code}
        onChange={(e) => {
          setCode(e.target.value);
          setError(null);
        }}
      />
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="primary">
        Join
      </button>
      <p className="who-sees">
        The room sees totals only; your answers are stored on the facilitator’s laptop.
      </p>
    </form>
  );
}

/** Who sees what, in one line, before anyone answers. */
export function WhoSeesWhat() {
  return (
    <p className="who-sees">
      The room sees totals only; your answers are stored on the facilitator’s laptop.
    </p>
  );
}
