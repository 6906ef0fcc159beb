/** The way back in for an administrator who forgot the password (`recovery.*`, issue 15, item 14). */
export const recoveryFr = {
  errors: {
    codeFormat:
      'Un code de secours a 20 caractères (lettres et chiffres, en 4 groupes de 5). Recopiez-le depuis la feuille imprimée ; majuscules, espaces et tirets n’importent pas.',
    adminOnly: 'Seul un compte administrateur a un code de secours.',
  },
  audit: {
    signedIn: 'Connexion avec le code de secours',
    wrongCode: 'Code de secours erroné',
    resetAdmin: 'Mot de passe provisoire donné par le serveur (reset-admin)',
  },
  notice: {
    title: 'Votre code de secours',
    body: 'Si vous oubliez votre mot de passe, ce code vous permettra de revenir dans Tilleul, une seule fois. Il ne sera plus jamais affiché : imprimez-le ou recopiez-le, et rangez-le à l’abri (pas à côté du PC).',
    codeLabel: 'Code de secours {{name, de}}',
    print: 'Imprimer',
    printed: 'Feuille du code de secours enregistrée : imprimez-la, puis supprimez le fichier.',
    printFailed: 'La feuille n’a pas pu être créée ({{message}}). Recopiez le code à la main.',
    noted: 'Je l’ai noté',
    continue: 'Continuer',
  },
  pdf: {
    title: 'Tilleul — code de secours',
    account: 'Compte administrateur : {{name}}',
    made: 'Code créé le {{date}}',
    howTo:
      'Mot de passe oublié ? Sur l’écran de verrouillage de Tilleul, choisissez votre compte, puis « Mot de passe oublié ? », et tapez ce code. Il sert une seule fois ; Tilleul vous en donne alors un nouveau.',
    keep: 'Rangez cette feuille à l’abri, loin du PC. Quiconque la trouve peut prendre la place de l’administrateur.',
    fileName: 'code-de-secours-tilleul',
    fileFilter: 'Document PDF',
  },
  forgot: {
    link: 'Mot de passe oublié ?',
    title: 'Revenir avec le code de secours',
    body: 'Tapez le code de secours noté à la création du compte (ou à son dernier renouvellement). Majuscules, espaces et tirets n’importent pas.',
    code: 'Code de secours',
    submit: 'Continuer',
    back: 'Retour au mot de passe',
    wrongCode:
      'Ce n’est pas le code de secours de ce compte. Vérifiez la feuille imprimée : un code remplacé ne sert plus.',
    noCode:
      'Ce compte n’a pas de code de secours. La personne qui gère le serveur de l’association peut donner un mot de passe provisoire : commande « tilleul-server reset-admin » (voir le README).',
  },
  choose: {
    title: 'Choisissez un nouveau mot de passe',
    temporary:
      'Vous vous êtes connecté avec un mot de passe provisoire. Choisissez le vôtre pour continuer : rien d’autre ne s’ouvre avant.',
    recovering:
      'Code de secours accepté. Choisissez un nouveau mot de passe ; ce code sera alors utilisé, et Tilleul vous en donnera un nouveau à noter.',
    secret: 'Nouveau mot de passe (8 caractères ou plus)',
    confirm: 'Confirmer le mot de passe',
    submit: 'Enregistrer le mot de passe',
    done: 'Nouveau mot de passe enregistré.',
    signOut: 'Verrouiller sans changer',
  },
  renew: {
    button: 'Nouveau code de secours',
    title: 'Nouveau code de secours',
    body: 'Un nouveau code remplace l’ancien, qui ne servira plus. Faites-le si la feuille est perdue, ou si quelqu’un d’autre a pu la voir.',
    confirm: 'Créer un nouveau code',
    cancel: 'Annuler',
    none: 'Votre compte n’a pas encore de code de secours : créez-en un.',
  },
};
