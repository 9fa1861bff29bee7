import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { AccountsService } from './accounts.service';
import { AuthService, SESSION_COOKIE } from './auth.service';
import {
  ChangePasswordInput,
  CreateUserInput,
  LoginInput,
  PasswordReset,
  UpdateUserInput,
  UserType,
} from './auth.types';
import { Rule } from './rules';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountsService,
  ) {}

  @Authorized(Rule.public)
  @Query(() => UserType, { nullable: true, description: 'L’utilisateur connecté, ou null' })
  me(@Ctx() ctx: RequestContext): UserType | null {
    return ctx.user;
  }

  @Authorized(Rule.public)
  @Mutation(() => UserType)
  async login(@Arg('input') input: LoginInput, @Ctx() ctx: RequestContext): Promise<UserType> {
    const { user, token, expiresAt } = await this.auth.signIn(input.login, input.password, ctx.req.ip);
    ctx.res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: ctx.req.secure,
      expires: expiresAt,
      path: '/',
    });
    return user;
  }

  @Authorized(Rule.session)
  @Mutation(() => Boolean)
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    if (ctx.sessionToken && ctx.user) await this.auth.signOut(ctx.sessionToken, ctx.user, ctx.req.ip);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Authorized(Rule.session)
  @Mutation(() => UserType, { description: 'Change son propre mot de passe (l’actuel est exigé).' })
  changeMyPassword(@Arg('input') input: ChangePasswordInput, @Ctx() ctx: RequestContext): Promise<UserType> {
    return this.accounts.changeOwnPassword(ctx.user!, ctx.sessionToken!, input.currentPassword, input.newPassword);
  }

  @Authorized(Rule.admin)
  @Query(() => [UserType])
  users(): Promise<UserType[]> {
    return this.accounts.listUsers();
  }

  @Authorized(Rule.admin)
  @Mutation(() => UserType)
  createUser(@Arg('input') input: CreateUserInput, @Ctx() ctx: RequestContext): Promise<UserType> {
    return this.accounts.createUser(ctx.user!, input);
  }

  @Authorized(Rule.admin)
  @Mutation(() => UserType)
  updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateUserInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UserType> {
    return this.accounts.updateUser(ctx.user!, id, input);
  }

  @Authorized(Rule.admin)
  @Mutation(() => UserType, { description: 'Désactive (sessions closes aussitôt) ou réactive un compte.' })
  setUserActive(
    @Arg('id', () => ID) id: string,
    @Arg('active') active: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<UserType> {
    return this.accounts.setUserActive(ctx.user!, id, active);
  }

  @Authorized(Rule.admin)
  @Mutation(() => PasswordReset, { description: 'Mot de passe temporaire, à changer à la prochaine connexion.' })
  resetUserPassword(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<PasswordReset> {
    return this.accounts.resetPassword(ctx.user!, id);
  }
}
