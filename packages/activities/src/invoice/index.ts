export { sendInvoice } from './send-invoice';
