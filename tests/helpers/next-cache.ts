/**
 * A stand-in for `next/cache` outside a Next request: the paths the app asks
 * to revalidate are recorded, for the tests that check them.
 *
 *   vi.mock('next/cache', () => import('../helpers/next-cache'));
 */
import { vi } from 'vitest';

export const revalidatePath = vi.fn();
