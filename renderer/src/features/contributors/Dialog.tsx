import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

/**
 * A modal dialog on the native <dialog>: the browser keeps focus inside it, Escape closes it and
 * the page behind is inert. Mounted means open; the parent unmounts it to close it.
 */
export function Dialog({ title, onClose, children, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className={className ? `contributors-dialog ${className}` : 'contributors-dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: the parent decides (it unmounts the dialog), so React state stays the truth.
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="panel-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
