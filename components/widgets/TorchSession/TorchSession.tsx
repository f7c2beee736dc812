'use client';
import { useEffect, useId, useMemo, useState } from 'react';
import { ControlButton } from '@/components/widget/TrainingControls';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { usePageSession } from '@/components/torch/pageSession';
import styles from '@/components/torch/torch.module.css';
import { torchSessionSpec } from './spec';
import { useMessages, useT } from '@/components/site/LocaleProvider';
import { messages, type LastOutcome } from './messages';
import { PromptInput } from './PromptInput';
import { Transcript } from './Transcript';
import { snippetStatements } from '@/lib/pytorch/widgets/snippetStatements';

export default function TorchSession(rawProps: Record<string, unknown>) {
  const props = useMemo(() => parseWidgetProps(torchSessionSpec, rawProps), [rawProps]);
  const m = useMessages(messages);
  const t = useT();
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
  const outcome: LastOutcome | null = !last
    ? null
    : last.result.error
      ? { kind: 'raised', error: last.result.error }
      : last.result.output !== null
        ? {
            kind: 'printed',
            firstLine: last.result.output.split('\n')[0],
            more: last.result.output.includes('\n'),
          }
        : { kind: 'silent' };
  const running = state.queued[0];
  const summary = running
    ? m.runningSummary(running.split('\n')[0], running.includes('\n'), state.status === 'starting')
    : last && outcome
      ? m.summary(state.entries.length, errors, last.input.split('\n')[0], outcome)
      : m.starting;

  return (
    <div className="widget-slot">
      <WidgetFrame
        spec={torchSessionSpec}
        title={props.title}
        description={m.description}
        status={
          state.status === 'starting'
            ? 'loading'
            : state.status === 'running'
              ? 'running'
              : state.entries.length
                ? 'done'
                : 'idle'
        }
        statusLabel={state.status === 'running' ? m.runningStatus : undefined}
        summary={summary}
        controls={
          <>
            {props.snippets.length > 0 && (
              <div className={styles.chips} role="group" aria-label={m.snippetsGroup}>
                {props.snippets.map((s) => (
                  <button
                    key={s.label}
                    type="button"
                    onClick={() => void store.run(snippetStatements(s.code))}
                  >
                    {m.runInSession(s.label)}
                  </button>
                ))}
              </div>
            )}
            {props.examples.length > 0 && (
              <div className={styles.chips} role="group" aria-label={m.examplesGroup}>
                {props.examples.map((ex) => (
                  <button key={ex} type="button" onClick={() => setText(ex)} title={m.putAtPrompt}>
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
              {m.lastOutput}
            </span>
            <output name="last-output" aria-labelledby={`${inputId}-last`} data-value={lastText}>
              {last
                ? last.result.error
                  ? last.result.error.split(':')[0]
                  : last.result.output === null
                    ? m.printedNothing
                    : m.printed
                : '–'}
            </output>
          </div>
        }
        footer={
          <div className={`widget-buttons ${styles.sessionButtons}`}>
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
          label={m.transcript}
          startingLine={m.startingLine}
          runningLine={m.runningLine}
        />
        <PromptInput
          id={inputId}
          label={m.inputLabel}
          runLabel={t.run}
          stopLabel={m.stop}
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
