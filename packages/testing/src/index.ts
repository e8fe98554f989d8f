export { eventually } from './eventually';
export { pdfText } from './pdf-text';
