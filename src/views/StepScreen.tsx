// The screen of one step of the journey, drawn from a snapshot alone: the current step, or the
// step an answer would lead to, prepared out of sight (see Wizard). Memoised on its props, so a
// prepared screen that becomes the current one is shown as it is, without rendering again.
import { memo } from 'react';
import { asksAboutOneYearCard, choicesAt, currentStep, type WizardSnapshot } from '../../machines/journey';
import { questionsLeftAtMost } from '../../machines/progress';
import type { WizardEvent } from '../../machines/wizard';
import { LazyOutcomeScreen } from './LazyOutcomeScreen';
import { QuestionScreen } from './QuestionScreen';
import { StartScreen } from './StartScreen';

interface Props {
  snapshot: WizardSnapshot;
  focusOnShow: boolean;
  send: (event: WizardEvent) => void;
  /** The answer selected (not yet submitted) on a question screen, by screen. */
  onChoose: (screen: string, answer: string) => void;
}

/** Names a step's screen: the same step reached the same way keeps the same screen. */
export function screenKey(snapshot: WizardSnapshot): string {
  const here = currentStep(snapshot);
  const depth = snapshot.context.trail.length;
  if (here.kind === 'start') return 'start';
  if (here.kind === 'question') return `question:${here.question}:${depth}`;
  const { resolution } = snapshot.context;
  return `outcome:${here.outcome}:${resolution?.request ?? ''}:${depth}`;
}

export const StepScreen = memo(function StepScreen({ snapshot, focusOnShow, send, onChoose }: Props) {
  const here = currentStep(snapshot);
  if (here.kind === 'start') {
    return <StartScreen focusOnShow={focusOnShow} onStart={() => send({ type: 'START' })} />;
  }
  if (here.kind === 'question') {
    const screen = screenKey(snapshot);
    return (
      <QuestionScreen
        question={here.question}
        choices={choicesAt(snapshot, here.question)}
        selected={snapshot.context.answers[here.question]}
        titleKey={
          asksAboutOneYearCard(snapshot, here.question) ? 'question.renewal-card.titleTenYear' : undefined
        }
        progress={{
          current: snapshot.context.trail.length + 1,
          total: snapshot.context.trail.length + questionsLeftAtMost(snapshot),
        }}
        focusOnShow={focusOnShow}
        onAnswer={(answer) => send({ type: 'ANSWER', answer })}
        onChoose={(answer) => onChoose(screen, answer)}
        onBack={() => send({ type: 'BACK' })}
      />
    );
  }
  return (
    <LazyOutcomeScreen
      snapshot={snapshot}
      focusOnShow={focusOnShow}
      onEdit={(question) => send({ type: 'EDIT', question })}
      onRestart={() => send({ type: 'RESTART' })}
      onBack={() => send({ type: 'BACK' })}
    />
  );
});
