// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider, useToasts } from './Toasts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function Buttons() {
  const toasts = useToasts();
  return (
    <>
      {['Saved', 'Copied', 'Exported'].map((message) => (
        <button key={message} onClick={() => toasts.show({ tone: 'error', message })}>
          {message}
        </button>
      ))}
    </>
  );
}

const shown = () =>
  screen.queryAllByRole('alert').map((toast) => toast.querySelector('.toast-message')!.textContent);

describe('toasts', () => {
  it('do not pile up: the same message replaces itself, and at most two show', () => {
    render(<Buttons />, { wrapper: ToastProvider });
    fireEvent.click(screen.getByRole('button', { name: 'Saved' }));
    fireEvent.click(screen.getByRole('button', { name: 'Saved' }));
    expect(shown()).toEqual(['Saved']);
    fireEvent.click(screen.getByRole('button', { name: 'Copied' }));
    fireEvent.click(screen.getByRole('button', { name: 'Exported' }));
    expect(shown()).toEqual(['Copied', 'Exported']);
  });

  it('stay on the page they were shown on, except one shown just before moving', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    render(<Buttons />, { wrapper: ToastProvider });
    fireEvent.click(screen.getByRole('button', { name: 'Saved' }));
    act(() => vi.advanceTimersByTime(5000));
    fireEvent.click(screen.getByRole('button', { name: 'Copied' }));
    act(() => void window.dispatchEvent(new HashChangeEvent('hashchange')));
    expect(shown()).toEqual(['Copied']);
  });
});
