import { type Action, done } from '../../action';
export const checkData: Action = () => done();
