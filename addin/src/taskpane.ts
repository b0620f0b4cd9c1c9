import { startPane } from './startPane';

// Entry of taskpane.html in Outlook: Office.js was loaded from the CDN by a plain script tag.
void startPane(Office);
