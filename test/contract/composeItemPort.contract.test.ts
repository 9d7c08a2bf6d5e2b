import { describeComposeItemPort } from './composeItemPort.contract';
import { fakeHostHarness } from './fakeHostHarness';
import { officeAddinMockHarness } from './officeAddinMockHarness';

describeComposeItemPort('Office adapter over the fake Office host', fakeHostHarness);
describeComposeItemPort('Office adapter over office-addin-mock', officeAddinMockHarness);
