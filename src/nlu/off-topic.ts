/**
 * People talk to a voice assistant about many kinds of lists; only shopping is this skill's
 * business. A request about a to-do list, a playlist or a calendar must never change the cart,
 * so these words turn list requests into AMAZON.FallbackIntent.
 */

/** Lists and places that are never the shopping list, wherever they are mentioned. */
const OTHER_LISTS: readonly string[] = [
  'to do', 'todo', 'to dos', 'todos', 'things to do', 'playlist', 'playlists', 'play list', 'calendar', 'contacts',
  'contact list', 'notes', 'notebook', 'note', 'tasks', 'task list', 'chores', 'chore', 'expenses', 'expense',
  'clients', 'client list', 'workout', 'work out', 'reminders', 'reminder', 'agenda', 'schedule', 'iphone', 'phone',
  'pda', 'dvr', 'google keep', 'keep app', 'bucket list', 'reading list', 'watch list', 'watchlist', 'guest list',
  'invite list', 'music', 'songs', 'emails', 'inbox', 'alarm', 'alarms', 'timer', 'timers', 'sms', 'text messages',
  'messages',
];

/** Things that are not groceries; they rule a request out when they are what would be added or removed. */
const NOT_GOODS: readonly string[] = [
  'song', 'songs', 'movie', 'movies', 'tv show', 'event', 'events', 'meeting', 'meetings',
  'appointment', 'appointments', 'email', 'email address', 'name', 'names', 'ticket', 'tickets', 'stock price',
  'payment', 'payments', 'bill', 'bills', 'client', 'document', 'documents', 'player', 'players',
  'task', 'homework', 'phone call', 'calls', 'flight', 'flights', 'hotel', 'trip', 'birthday party',
  'errand', 'errands', 'chore', 'job', 'jobs', 'work', 'menu', 'menu card', 'activity', 'activities', 'plans',
  'project', 'projects', 'mow lawn', 'take out the trash', 'recycling', 'oil change', 'haircut', 'dentist',
  'doctor', 'vacation', 'album', 'albums', 'artist', 'episode', 'takeaway', 'takeout', 'take out', 'take away',
  'delivery', 'restaurant', 'restaurants', 'uber', 'ride', 'shop', 'shops', 'nearby', 'near me', 'online', 'call',
  'travel', 'exercise', 'exercises', 'gym', 'fitness', 'wedding', 'guest', 'guests', 'friends', 'students', 'team',
  'goals', 'ideas', 'places', 'destinations', 'tv', 'series', 'podcast', 'podcasts', 'audiobooks', 'videos', 'photos',
  'pictures', 'channels', 'apps', 'websites', 'passwords', 'numbers', 'phone numbers', 'address', 'addresses',
  'birthdays', 'anniversaries', 'deadlines', 'assignments', 'exams', 'lessons', 'classes',
  // Rides are never goods, whatever a catalog abbreviates ("cab" for cabernet).
  'taxi', 'taxis', 'cab', 'cabs', 'lyft', 'rides',
];

/**
 * Things people ask for that are rarely goods: services, people, time, things on a screen. Some
 * name products too ("24 hour allergy relief", "volume conditioner"), so they rule out only
 * things the catalog does not know.
 */
const UNLIKELY_GOODS: readonly string[] = [
  'lift', 'reservation', 'reservations', 'booking', 'table for', 'directions', 'advice', 'a break', 'nap', 'loan',
  'money', 'cash', 'lawyer', 'plumber', 'electrician', 'mechanic', 'babysitter', 'nanny', 'massage', 'manicure',
  'pedicure', 'boyfriend', 'girlfriend', 'husband', 'wife', 'mom', 'dad', 'a contact', 'new contact', 'comment',
  'comments', 'sign up', 'account', 'minutes', 'hours', 'hour', 'seconds', 'hug', 'hugs', 'motivation', 'friend',
  'follower', 'followers', 'video', 'app', 'website', 'password', 'user', 'users', 'profile', 'device', 'devices',
  'skill', 'skills', 'bookmark', 'bookmarks', 'volume', 'brightness', 'channel', 'netflix', 'spotify', 'subscription',
  'subscriptions', 'database',
];

/** Activities rather than goods, when they are the whole of what would be added: "add shopping to my list". */
const ACTIVITIES: ReadonlySet<string> = new Set([
  'shopping', 'buying', 'grocery shopping', 'grocery buying', 'groceries shopping', 'buy groceries', 'go shopping',
]);

function phrases(list: readonly string[]): readonly (readonly string[])[] {
  return list.map((phrase) => phrase.split(' '));
}

const OTHER_LIST_PHRASES = phrases(OTHER_LISTS);
const NOT_GOODS_PHRASES = phrases(NOT_GOODS);
const UNLIKELY_GOODS_PHRASES = phrases(UNLIKELY_GOODS);

function contains(tokens: readonly string[], phrase: readonly string[]): boolean {
  for (let start = 0; start + phrase.length <= tokens.length; start++) {
    if (phrase.every((word, offset) => tokens[start + offset] === word)) return true;
  }
  return false;
}

const SHOPPING_PLACES: ReadonlySet<string> = new Set(['list', 'cart', 'basket', 'groceries', 'grocery', 'shopping']);

/** "remind me to …" is for the reminders app, unless the shopper says it goes on a list. */
function isAReminder(tokens: readonly string[]): boolean {
  return tokens[0] === 'remind' && tokens[1] === 'me' && !tokens.some((token) => SHOPPING_PLACES.has(token));
}

export function mentionsAnotherKindOfList(tokens: readonly string[]): boolean {
  return isAReminder(tokens) || OTHER_LIST_PHRASES.some((phrase) => contains(tokens, phrase));
}

export function namesSomethingNotSold(tokens: readonly string[]): boolean {
  return NOT_GOODS_PHRASES.some((phrase) => contains(tokens, phrase));
}

export function namesSomethingRarelySold(tokens: readonly string[]): boolean {
  return UNLIKELY_GOODS_PHRASES.some((phrase) => contains(tokens, phrase));
}

export function isAnActivity(tokens: readonly string[]): boolean {
  return ACTIVITIES.has(tokens.join(' '));
}
