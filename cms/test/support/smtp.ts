/**
 * Test support: a real SMTP server on loopback (smtp-server) that takes the CMS's mail, with a
 * login, and hands each message to the test parsed (mailparser).
 */
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './cms-process.ts';

export interface MailCatcher {
  /** SMTP_URL for the CMS, with the login this server accepts. */
  url: string;
  received: ParsedMail[];
  /** The next message to `to` not yet taken; rejects after timeoutMs. */
  next(to: string, timeoutMs?: number): Promise<ParsedMail>;
  close(): Promise<void>;
}

export async function startMailCatcher(): Promise<MailCatcher> {
  const received: ParsedMail[] = [];
  const taken = new Set<ParsedMail>();
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    // Plain SMTP on loopback: no STARTTLS (it would need a certificate nodemailer trusts).
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    onAuth(auth, _session, callback) {
      if (auth.username === 'cms' && auth.password === 'smtp-geheim') callback(null, { user: 'cms' });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          for (const wake of waiters) wake();
          callback();
        })
        .catch(callback);
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });

  const addressedTo = (mail: ParsedMail, to: string) =>
    [mail.to].flat().some((a) => a?.value.some((v) => v.address?.toLowerCase() === to.toLowerCase()));

  return {
    url: `smtp://cms:smtp-geheim@127.0.0.1:${port}`,
    received,
    next(to, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const mail = received.find((m) => !taken.has(m) && addressedTo(m, to));
          if (!mail) return;
          taken.add(mail);
          waiters.delete(check);
          clearTimeout(timer);
          resolve(mail);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no mail to ${to} within ${timeoutMs} ms; received: ${received.map((m) => `${m.subject} → ${m.to && [m.to].flat().map((a) => a.text).join(', ')}`).join('; ') || 'nothing'}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
