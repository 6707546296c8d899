// "Did this fix it?": the background fetches the failed address again and the page says what
// changed, without leaving it. Its button is a checklist step's "retry" action under the same name:
// the same check, one name ("Reload the site" at the top leaves the page instead).
import { useState } from 'preact/hooks';
import { retry } from '../core/checklist/actions';
import type { FixCheck } from '../core/views';
import { t } from './i18n';
import { send } from './send';

function describe(check: FixCheck): string {
  switch (check.outcome) {
    case 'fixed':
      return t('ui_verify_fixed');
    case 'same':
      return t('ui_verify_same', check.before);
    case 'changed':
      return check.kind === 'not-tls'
        ? t('ui_verify_changed_not_tls', check.before, check.errorCode)
        : t('ui_verify_changed', check.before, check.errorCode);
    case 'unreachable':
      return t('ui_verify_unreachable');
  }
}

type State = { phase: 'idle' } | { phase: 'checking' } | { phase: 'done'; check: FixCheck } | { phase: 'failed' };

/** The check and its answer; `check` is also what the checklist's "try again" actions call. */
export function useVerifyFix(incidentId: string): [State, () => Promise<void>] {
  const [state, setState] = useState<State>({ phase: 'idle' });
  const check = async () => {
    setState({ phase: 'checking' });
    const r = await send({ type: 'verify-fix', incidentId });
    setState(r.ok ? { phase: 'done', check: r.data } : { phase: 'failed' });
  };
  return [state, check];
}

export function VerifyFix({ state, onCheck, onOpen }: { state: State; onCheck: () => void; onOpen: () => void }) {
  const outcome = state.phase === 'done' ? state.check.outcome : undefined;
  return (
    <section class={`fix-check${outcome ? ` fix-${outcome}` : ''}`} aria-labelledby="verify-heading">
      <h2 id="verify-heading">{t('ui_verify_heading')}</h2>
      <p>{t('ui_verify_about')}</p>
      <p class="button-row">
        <button type="button" data-testid="verify-fix" onClick={onCheck} disabled={state.phase === 'checking'}>
          {t(retry().label)}
        </button>
        {outcome === 'fixed' && (
          <button type="button" class="primary" data-testid="verify-open" onClick={onOpen}>
            {t('ui_verify_open')}
          </button>
        )}
      </p>
      <p class="verify-result" role="status" data-testid="verify-result" data-outcome={outcome ?? state.phase}>
        {state.phase === 'checking'
          ? t('ui_verify_checking')
          : state.phase === 'failed'
            ? t('ui_verify_failed')
            : state.phase === 'done'
              ? describe(state.check)
              : ''}
      </p>
    </section>
  );
}
