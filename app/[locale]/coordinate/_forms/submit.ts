import { startTransition, useEffect, type FormEvent } from 'react';
import { useRouter } from '@/i18n/navigation';
import type { RegistrationState } from '../actions';

export const ACCEPTED_PHOTOS = 'image/jpeg,image/png,image/webp';

/**
 * Submits without letting React reset the form afterwards: after an error
 * the user keeps everything, the chosen photo too (a file input cannot be
 * refilled from state). Without JavaScript the form still posts normally.
 */
export function submitKeepingInput(action: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => action(formData));
  };
}

/**
 * After a save the action names the page to show (the workspace, with a
 * notice); the browser goes there itself, so that the save answers at once.
 */
export function useNextPage(state: RegistrationState) {
  const router = useRouter();
  useEffect(() => {
    if (state.ok && state.next) router.replace(state.next);
  }, [state, router]);
}
