import { useState } from 'react';

/**
 * Runs something the user asked for (an export, a download) and keeps a message when it fails, for a status
 * line that is read out, instead of failing silently. The cause goes to the console, for whoever maintains
 * the page; `describe` says in words what the user should know.
 */
export const useFailureStatus = () => {
  const [message, setMessage] = useState('');
  const run = async (task: () => Promise<void> | void, describe: (cause: unknown) => string) => {
    try {
      await task();
      setMessage('');
    } catch (cause) {
      console.error(cause);
      setMessage(describe(cause));
    }
  };
  return { message, run };
};
