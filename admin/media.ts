/**
 * Checks each photo or month notice before Decap's media library takes it: the real type and size, and a safe
 * file name (src/lib/content/imageUpload.ts). It runs in the browser, so it holds for the
 * deployed GitHub backend as well as for decap-server.
 *
 * Decap reads a public path like /images/hubs/x.png as a URL and shows it from the site, where
 * a photo picked a moment ago is not yet: such images are pointed at the picked file instead.
 */
import { checkDocumentUpload, checkImageUpload, IMAGE_MIME_TYPES } from '../src/lib/content/imageUpload';
import { tokyoDateOf } from '../src/lib/schedule/tokyoCalendar';
import { DAYS_DOCUMENT_TYPES } from '../src/schema/calendar';

/** Photos picked in this session: file name → the picked file's blob: URL. */
const picked = new Map<string, string>();
const watched = new WeakSet<Document>();

function showPicked(doc: Document): void {
  for (const image of doc.querySelectorAll('img')) {
    const src = image.getAttribute('src') ?? '';
    const url = src.startsWith('blob:') ? undefined : picked.get(src.split('/').pop() ?? '');
    if (url) image.src = url;
  }
  for (const frame of doc.querySelectorAll('iframe')) {
    const inner = frame.contentDocument;
    if (inner) watch(inner);
  }
}

/** Keeps pointing picked photos at their file, in the form and in the preview frame. */
function watch(doc: Document): void {
  if (watched.has(doc)) return;
  watched.add(doc);
  new MutationObserver(() => {
    if (picked.size > 0) showPicked(doc);
  }).observe(doc, { subtree: true, childList: true, attributes: true, attributeFilter: ['src'] });
}

/** Set while the checked file is handed on, so the listener lets that one change event through. */
let handingOn = false;

/** Decap's upload button takes only images for an image field (accept="image/*"); else it is a month's notice. */
function checkFor(input: HTMLInputElement, name: string, bytes: Uint8Array) {
  const today = tokyoDateOf(new Date());
  if (input.accept === 'image/*') {
    const result = checkImageUpload(name, bytes, today);
    return result.ok ? { ...result, mime: IMAGE_MIME_TYPES[result.type] } : result;
  }
  const result = checkDocumentUpload(name, bytes, today);
  return result.ok ? { ...result, mime: DAYS_DOCUMENT_TYPES[result.type] } : result;
}

async function checked(input: HTMLInputElement, file: File): Promise<void> {
  const result = checkFor(input, file.name, new Uint8Array(await file.arrayBuffer()));
  if (!result.ok) {
    input.value = '';
    window.alert(result.message);
    return;
  }
  const renamed = new File([file], result.name, { type: result.mime, lastModified: file.lastModified });
  picked.set(result.name, URL.createObjectURL(renamed));
  const transfer = new DataTransfer();
  transfer.items.add(renamed);
  input.files = transfer.files;
  handingOn = true;
  try {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  } finally {
    handingOn = false;
  }
}

/** Holds back every file picked in the CMS until it has been checked (and renamed). */
export function checkMediaUploads(): void {
  watch(document);
  window.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (handingOn || !(input instanceof HTMLInputElement) || input.type !== 'file') return;
      const file = input.files?.[0];
      if (!file) return;
      event.stopImmediatePropagation();
      void checked(input, file);
    },
    true,
  );
}
