// The checklist as plain text, for "copy the report and these steps": what a person pastes into a
// note before a step that closes the troubleshooter (a browser restart, an extension turned off or
// removed), in the order and with the notes the page shows.
import type { Render } from '../report';
import type { CopiedStep } from './types';

export function stepsText(steps: readonly CopiedStep[], render: Render): string {
  const lines = [render('ui_steps_heading')];
  steps.forEach((step, i) => {
    lines.push('', `${i + 1}. ${render(step.title)}`);
    if (step.destructive) {
      lines.push(
        `   ${render('ui_step_before_you_start')}`,
        `   ${render(step.destructive.backup)}`,
        `   ${render(step.destructive.resume)}`,
      );
      lines.push(`   ${render('ui_step_what_it_removes')}`, `   ${render(step.destructive.removes)}`);
    }
    for (const line of step.instructions) lines.push(`   - ${render(line)}`);
    lines.push(`   ${render(step.verify)}`);
  });
  return `${lines.join('\n')}\n`;
}
