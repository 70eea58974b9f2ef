import { startTransition, useEffect, type FormEvent } from 'react';
import { useRouter } from '@/i18n/navigation';
import type { EventState } from '../actions';

/** Submits without letting React reset the form afterwards: after an error the user keeps everything. */
export function submitKeepingInput(action: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => action(formData));
  };
}

/** After a save the action names the page to show (the list, with a notice); the browser goes there itself. */
export function useNextPage(state: EventState) {
  const router = useRouter();
  useEffect(() => {
    if (state.ok && state.next) router.replace(state.next);
  }, [state, router]);
}
