// Reading an article from a file: the browser's own file picker, or a file dropped on the text field.

/** Fills `textField` from the file chosen in `fileInput` or dropped on the text field; `say` reports what was read. */
export function attachFileInputs(fileInput, textField, say) {
  const load = async (file) => {
    if (!file) return;
    textField.value = await file.text();
    say(`Read ${file.name}.`);
  };
  fileInput.addEventListener('change', () => load(fileInput.files[0]));
  // Only files are taken over; dragged text keeps the browser's own behaviour (it is inserted where dropped).
  const hasFile = (event) => [...(event.dataTransfer?.types ?? [])].includes('Files');
  textField.addEventListener('dragover', (event) => {
    if (!hasFile(event)) return;
    event.preventDefault();
    textField.classList.add('dragover');
  });
  textField.addEventListener('dragleave', () => textField.classList.remove('dragover'));
  textField.addEventListener('drop', (event) => {
    if (!hasFile(event)) return;
    event.preventDefault();
    textField.classList.remove('dragover');
    load(event.dataTransfer.files[0]);
  });
}
