import type { AuthChecker } from 'type-graphql';
import { canReadDirectorate, canWriteDirectorate, isDirectorateKey } from '@call/domain';
import type { RequestContext } from '../context';
import { AppError, forbidden, unauthenticated } from '../errors';

/** Any one of the rules listed on a field is enough. */
export const authChecker: AuthChecker<RequestContext, string> = ({ context }, rules) => {
  if (rules.includes('PUBLIC')) return true;
  const user = context.user;
  if (!user) throw unauthenticated();
  if (rules.includes('SESSION')) return true;
  if (user.mustChangePassword)
    throw new AppError(
      'PASSWORD_CHANGE_REQUIRED',
      'Votre mot de passe est temporaire : changez-le avant de continuer.',
    );
  const granted = rules.some((rule) => {
    if (rule === 'SIGNED_IN') return true;
    if (rule === 'DIRECTOR') return user.role === 'DIRECTOR';
    if (rule === 'ADMIN') return user.role === 'ADMIN';
    if (rule === 'DGS') return user.role === 'DGS';
    const [kind, d] = rule.split(':');
    if (!d || !isDirectorateKey(d)) return false;
    if (kind === 'READ') return canReadDirectorate(user, d);
    if (kind === 'WRITE') return canWriteDirectorate(user, d);
    return false;
  });
  if (!granted) throw forbidden();
  return true;
};
