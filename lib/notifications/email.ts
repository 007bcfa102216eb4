import "server-only";
import nodemailer from "nodemailer";
import { z } from "zod";

const smtpSchema = z.object({
  /** e.g. `smtp://user:password@mail.firm.example:587`; unset: notifications stay in the app only. */
  SMTP_URL: z.string().url().optional(),
  SMTP_FROM: z.string().default("Ferry <ferry@localhost>"),
});

export interface Email {
  to: string;
  subject: string;
  text: string;
}

/** Sends one email when SMTP is configured; false when it is not. Failures throw (the caller logs them). */
export async function sendEmail(email: Email): Promise<boolean> {
  const config = smtpSchema.parse({ SMTP_URL: process.env.SMTP_URL || undefined, SMTP_FROM: process.env.SMTP_FROM || undefined });
  if (!config.SMTP_URL) return false;
  const transport = nodemailer.createTransport(config.SMTP_URL);
  try {
    await transport.sendMail({ from: config.SMTP_FROM, ...email });
    return true;
  } finally {
    transport.close();
  }
}
