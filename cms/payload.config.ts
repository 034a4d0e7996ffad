/** The config the admin app and Payload's command line load: built from process.env. */
import { buildCmsConfig } from './config.ts';

export default buildCmsConfig();
