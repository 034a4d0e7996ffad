/** Whether this CMS can send mail (cms/email/email-adapter.ts), and what the admin says when it cannot. */
import type { Payload } from 'payload';

export function mailAvailable(payload: Payload): boolean {
  return payload.email?.name === 'nodemailer';
}

/** For admins: why there is no invitation and no password reset, and who turns them on. */
export const MAIL_NOT_CONFIGURED =
  'Het CMS kan geen e-mail versturen: er is geen mailserver ingesteld. Daarom zijn uitnodigen en "Wachtwoord vergeten?" uitgeschakeld. ' +
  'Laat degene die de server beheert SMTP_URL (de mailserver, bijvoorbeeld smtps://gebruiker:wachtwoord@smtp.voorbeeld.nl:465) en ' +
  'SMTP_FROM (de afzender, bijvoorbeeld Schoolnabij CMS <cms@schoolnabij.nl>) instellen en het CMS opnieuw starten (README, Configuration). ' +
  'Tot dan maakt u een account aan met "Nieuwe aanmaken" en geeft u het wachtwoord zelf door.';

/** For anyone on the login page. */
export const NO_PASSWORD_RESET = 'Wachtwoord vergeten? Dit CMS verstuurt geen e-mail. Vraag een beheerder om een nieuw wachtwoord voor u in te stellen.';
