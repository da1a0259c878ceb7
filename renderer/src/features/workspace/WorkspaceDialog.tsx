import { useEffect, useId, useRef, type ReactNode } from 'react';

interface WorkspaceDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal dialog on the native <dialog>: the browser keeps focus inside it, Escape closes it,
 * and the page behind is inert. Mounted means open.
 */
export function WorkspaceDialog({ title, onClose, children }: WorkspaceDialogProps) {
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
      className="workspace-dialog"
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
