import { ApplicationFailure } from '@temporalio/common';
import { UNSUPPORTED_LANGUAGE } from '@reference/models/wire';

const salutations: Record<string, string> = { en: 'Hello', fr: 'Bonjour', de: 'Hallo', es: 'Hola', tr: 'Merhaba' };

/**
 * `name` greeted in `language`, for both of GreetingService's operations; a language without a salutation is a
 * non-retryable UnsupportedLanguage failure (asking again will not help).
 */
export function greetingIn(language: string, name: string): string {
  const salutation = salutations[language];
  if (!salutation) {
    throw ApplicationFailure.nonRetryable(`no greeting in language ${language}`, UNSUPPORTED_LANGUAGE);
  }
  return `${salutation}, ${name}!`;
}
