import { useState } from 'react';
import { joinCodeSchema } from '../../shared/protocol';
import { t } from '../i18n';

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
          setError(t('phone.join.notACode'));
          return;
        }
        window.location.assign(`/j/${parsed.data}`);
      }}
    >
      <h1>{t('phone.join.title')}</h1>
      <label htmlFor="join-code">{t('phone.join.codeLabel')}</label>
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
        {t('phone.join.submit')}
      </button>
      <WhoSeesWhat />
    </form>
  );
}

/** Who sees what, in one line, before anyone answers. */
export function WhoSeesWhat() {
  return <p className="who-sees">{t('phone.whoSees')}</p>;
}
