// Reading an article from a file: the browser's own file picker, or a file dropped on the text field.

/**
 * The text of a file's bytes and the encoding it was read in: UTF-16 when a byte-order mark says so, UTF-8 when the
 * bytes are valid UTF-8 (a UTF-8 mark is dropped), and otherwise Windows-1252, the Latin-1 of Windows text files
 * (every byte is a character there, so nothing is refused, though another legacy encoding would come out wrong).
 */
export function decodeText(bytes) {
  if (bytes[0] === 0xFF && bytes[1] === 0xFE) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16 (little-endian)' };
  if (bytes[0] === 0xFE && bytes[1] === 0xFF) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16 (big-endian)' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252', guessed: true };
  }
}

/** Fills `textField` from the file chosen in `fileInput` or dropped on the text field; `say` reports what was read, in which encoding. */
export function attachFileInputs(fileInput, textField, say) {
  const load = async (file) => {
    if (!file) return;
    const { text, encoding, guessed } = decodeText(new Uint8Array(await file.arrayBuffer()));
    textField.value = text;
    say(guessed
      ? `Read ${file.name} as ${encoding} (Latin-1): it is not valid UTF-8. Check its accented letters; if they look wrong, save the file as UTF-8 and open it again.`
      : `Read ${file.name} as ${encoding}.`);
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
