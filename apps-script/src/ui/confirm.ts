/**
 * The confirmation box of the mapping and policy sidebars (#confirm), one copy for both: before an import
 * or a preset replaces what is saved, the box says what changes and waits for the admin's choice.
 */
import { button, el } from './dom';

/** Empties and hides the box. */
export function closeConfirm(box: HTMLElement): void {
  box.textContent = '';
  box.hidden = true;
}

export interface ConfirmChoice {
  yes: string;
  cancel: string;
  /** Run after the box has closed. */
  onYes: () => void;
  onCancel: () => void;
}

/**
 * Shows `title` (h2#confirm-title), then `body`, then the buttons (#confirm-yes, #confirm-no). Cancel
 * takes the focus, so a key pressed without reading replaces nothing.
 */
export function openConfirm(
  box: HTMLElement,
  title: string,
  body: readonly Node[],
  choice: ConfirmChoice,
): void {
  const heading = el('h2', title);
  heading.id = 'confirm-title';
  const yes = button(choice.yes, 'confirm-yes', 'primary');
  const no = button(choice.cancel, 'confirm-no');
  yes.addEventListener('click', () => {
    closeConfirm(box);
    choice.onYes();
  });
  no.addEventListener('click', () => {
    closeConfirm(box);
    choice.onCancel();
  });
  const buttons = el('div', undefined, 'row');
  buttons.append(yes, ' ', no);
  box.textContent = '';
  box.append(heading, ...body, buttons);
  box.hidden = false;
  no.focus();
}
