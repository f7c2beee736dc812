'use client';
import { useEffect, useId, useMemo, useState } from 'react';
import { ControlButton } from '@/components/widget/TrainingControls';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { usePageSession } from '@/components/torch/pageSession';
import styles from '@/components/torch/torch.module.css';
import { torchSessionSpec } from './spec';
import { t } from '@/lib/site/strings';
import { PromptInput } from './PromptInput';
import { Transcript } from './Transcript';
import { snippetStatements } from '@/lib/pytorch/widgets/snippetStatements';

export default function TorchSession(rawProps: Record<string, unknown>) {
  const props = useMemo(() => parseWidgetProps(torchSessionSpec, rawProps), [rawProps]);
  const { store, state } = usePageSession();
  const [text, setText] = useState('');
  const [typed, setTyped] = useState<string[]>([]);
  const inputId = useId();
  const setupKey = JSON.stringify(props.setup);

  useEffect(() => store.ensureSetup(JSON.parse(setupKey)), [store, setupKey]);

  const run = (input: string) => {
    void store.run([input]);
    setTyped((h) => [...h, input.replace(/\n+$/, '')]);
    setText('');
  };

  const last = state.entries.at(-1);
  const lastText = last
    ? [...last.result.warnings, last.result.output ?? '', last.result.error ?? '']
        .filter(Boolean)
        .join('\n')
    : '';
  const errors = state.entries.filter((e) => e.result.error).length;
  const running = state.queued[0];
  const summary = running
    ? `Running ${running.split('\n')[0]}${running.includes('\n') ? ' …' : ''}${state.status === 'starting' ? ' as the session starts' : ''}. Stop or Ctrl+C interrupts it.`
    : last
      ? `${state.entries.length} statements ran in this page's session (${errors} ended in an error). The last, ${last.input.split('\n')[0]}, ${last.result.error ? `raised ${last.result.error}` : last.result.output !== null ? `printed ${last.result.output.split('\n')[0]}${last.result.output.includes('\n') ? ' …' : ''}` : 'printed nothing'}.`
      : 'The session is starting.';

  return (
    <div className="widget-slot">
      <WidgetFrame
        spec={torchSessionSpec}
        title={props.title}
        description="Type Python as at PyTorch's >>> prompt. The answers are what PyTorch 1.13 prints; the other figures on this page draw the same session."
        status={
          state.status === 'starting'
            ? 'loading'
            : state.status === 'running'
              ? 'running'
              : state.entries.length
                ? 'done'
                : 'idle'
        }
        statusLabel={state.status === 'running' ? 'Running' : undefined}
        summary={summary}
        controls={
          <>
            {props.snippets.length > 0 && (
              <div
                className={styles.chips}
                role="group"
                aria-label="Run the lesson's code in the session"
              >
                {props.snippets.map((s) => (
                  <button
                    key={s.label}
                    type="button"
                    onClick={() => void store.run(snippetStatements(s.code))}
                  >
                    Run in session: {s.label}
                  </button>
                ))}
              </div>
            )}
            {props.examples.length > 0 && (
              <div className={styles.chips} role="group" aria-label="Examples to put at the prompt">
                {props.examples.map((ex) => (
                  <button
                    key={ex}
                    type="button"
                    onClick={() => setText(ex)}
                    title="Put this at the prompt"
                  >
                    {ex}
                  </button>
                ))}
              </div>
            )}
          </>
        }
        outputs={
          <div className="widget-output">
            <span className="widget-output-label" id={`${inputId}-last`}>
              last output
            </span>
            <output name="last-output" aria-labelledby={`${inputId}-last`} data-value={lastText}>
              {last
                ? last.result.error
                  ? last.result.error.split(':')[0]
                  : last.result.output === null
                    ? '(nothing)'
                    : 'printed'
                : '–'}
            </output>
          </div>
        }
        footer={
          <div className="widget-buttons" style={{ marginTop: '0.5rem' }}>
            <ControlButton
              unavailable={false}
              onClick={() => {
                store.reset();
                setTyped([]);
              }}
            >
              {t.reset}
            </ControlButton>
          </div>
        }
      >
        <Transcript
          entries={state.entries}
          queued={state.queued}
          starting={state.status === 'starting'}
        />
        <PromptInput
          id={inputId}
          value={text}
          onChange={setText}
          onRun={run}
          history={typed}
          running={state.queued.length > 0}
          onStop={() => store.stop()}
        />
      </WidgetFrame>
    </div>
  );
}
