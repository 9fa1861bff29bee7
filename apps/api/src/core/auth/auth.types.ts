import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsIn, IsOptional, Length, Matches } from 'class-validator';
import { DIRECTORATE_KEYS, ROLES, type DirectorateKey, type Role } from '@call/domain';
import { DirectorateEnum, RoleEnum } from '../graphql/enums';

@ObjectType('User')
export class UserType {
  @Field(() => ID) id: string;
  @Field() login: string;
  @Field() displayName: string;
  @Field(() => RoleEnum) role: Role;
  @Field(() => [DirectorateEnum]) directorates: DirectorateKey[];
  @Field({ description: 'Faux : le compte est désactivé, ses sessions sont closes.' }) active: boolean;
  @Field({ description: 'Mot de passe temporaire : il doit être changé avant toute autre opération.' })
  mustChangePassword: boolean;
}

@InputType()
export class LoginInput {
  @Field() @Length(1, 120, { message: 'L’identifiant est obligatoire.' }) login: string;
  @Field() @Length(1, 200, { message: 'Le mot de passe est obligatoire.' }) password: string;
}

@InputType()
export class CreateUserInput {
  @Field()
  @Matches(/^[a-z0-9._-]{3,120}$/, {
    message: 'L’identifiant doit faire 3 caractères au moins : minuscules, chiffres, point, tiret.',
  })
  login: string;
  @Field() @Length(2, 200, { message: 'Le nom affiché doit faire entre 2 et 200 caractères.' }) displayName: string;
  /** Checked by the domain's password policy in the service (PASSWORD_RULE_TEXT). */
  @Field() password: string;
  @Field(() => RoleEnum) @IsIn(ROLES, { message: 'Rôle inconnu.' }) role: Role;
  @Field(() => [DirectorateEnum], { defaultValue: [] })
  @IsOptional()
  @IsIn(DIRECTORATE_KEYS, { each: true, message: 'Direction inconnue.' })
  directorates: DirectorateKey[];
}

@InputType()
export class UpdateUserInput {
  @Field() @Length(2, 200, { message: 'Le nom affiché doit faire entre 2 et 200 caractères.' }) displayName: string;
  @Field(() => RoleEnum) @IsIn(ROLES, { message: 'Rôle inconnu.' }) role: Role;
  @Field(() => [DirectorateEnum], { defaultValue: [] })
  @IsOptional()
  @IsIn(DIRECTORATE_KEYS, { each: true, message: 'Direction inconnue.' })
  directorates: DirectorateKey[];
}

@InputType()
export class ChangePasswordInput {
  @Field() @Length(1, 200, { message: 'Le mot de passe actuel est obligatoire.' }) currentPassword: string;
  @Field() newPassword: string;
}

@ObjectType()
export class PasswordReset {
  @Field(() => UserType) user: UserType;
  @Field({ description: 'Affiché une seule fois à l’administrateur, à transmettre à l’utilisateur.' })
  temporaryPassword: string;
}
