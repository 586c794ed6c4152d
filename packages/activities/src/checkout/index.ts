export { authorisePayment } from './authorise-payment';
