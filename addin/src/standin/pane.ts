import { startPane } from '../startPane';
import { installOfficeStandIn } from './installOfficeStandIn';

// Entry of standin/pane.html: the same app as taskpane.html, on the Office.js stand-in.
void startPane(installOfficeStandIn() as unknown as typeof Office);
