/**
 * "Was dit nuttig?" without a page load: the answer, then the optional comment, sent to the CMS
 * as JSON; its Dutch thanks (or error) appear in the form's status region, which screen readers
 * announce. Without this script the forms post and the CMS answers with a page.
 */
type Answer = { message?: string; token?: string; errors?: { message: string }[] };

const FAILED = 'Uw reactie kon niet worden verstuurd. Probeer het later opnieuw.';

async function send(form: HTMLFormElement, data: Record<string, FormDataEntryValue>): Promise<Answer> {
  const res = await fetch(form.action, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(data) });
  const body: Answer = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.errors?.map((e) => e.message).join(' ') || FAILED);
  return body;
}

export function enhanceFeedback() {
  for (const answer of document.querySelectorAll<HTMLFormElement>('form[data-feedback]')) {
    const status = answer.nextElementSibling as HTMLElement;
    const comment = status.nextElementSibling as HTMLFormElement;
    const say = (text: string) => (status.textContent = text);
    const submit = (form: HTMLFormElement, done: (a: Answer) => void) =>
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        // One answer per click, however often it is clicked.
        if (form.ariaBusy) return;
        form.ariaBusy = 'true';
        const data = Object.fromEntries(new FormData(form));
        const button = event.submitter as HTMLButtonElement | null;
        if (button?.name) data[button.name] = button.value;
        try {
          done(await send(form, data));
        } catch (error) {
          say(error instanceof Error && !(error instanceof TypeError) ? error.message : FAILED);
        }
        form.ariaBusy = null;
      });
    submit(answer, ({ message, token }) => {
      say(message!);
      answer.hidden = true;
      comment.token.value = token;
      comment.hidden = false;
      comment.comment.focus();
    });
    submit(comment, ({ message }) => {
      say(message!);
      comment.hidden = true;
      status.focus();
    });
  }
}
