/**
 * Knowledge of English for telling a shopping request from something else said with the same
 * verbs: kinds of lists that are not for shopping, things that are not goods, and places meals
 * come from. Written for this store, as phrases of whole words.
 */
export const NOT_SHOPPING_EN_US = {
  /** Lists people keep that are never a shopping list: "add call mom to my to do list". */
  otherLists: [
    'to do', 'todo', 'to dos', 'todos', 'things to do', 'task', 'tasks', 'chore', 'chores', 'errand', 'errands',
    'reminder', 'reminders', 'calendar', 'schedule', 'agenda', 'diary', 'planner', 'appointments', 'contact', 'contacts',
    'address book', 'phone book', 'playlist', 'play list', 'music', 'song', 'songs', 'movie', 'movies', 'film', 'films',
    'watch', 'watchlist', 'reading', 'books', 'bucket', 'guest', 'guests', 'invite', 'invites', 'invitation',
    'christmas card', 'card', 'packing', 'note', 'notes', 'notebook', 'memo', 'memos', 'email', 'emails', 'inbox',
    'message', 'messages', 'work', 'workout', 'exercise', 'homework', 'bills', 'expense', 'expenses', 'budget',
    'baby names', 'names', 'ideas', 'goals', 'passwords', 'clients', 'customers', 'players', 'team', 'students',
    'alarm', 'alarms', 'timer', 'timers', 'podcast', 'podcasts', 'events', 'meetings', 'projects', 'resolutions',
  ],
  /** Things that are not goods, when a shopping request names them as what to add or take off. */
  notGoods: [
    'appointment', 'appointments', 'meeting', 'meetings', 'event', 'events', 'concert', 'ticket', 'tickets', 'flight',
    'flights', 'hotel', 'reservation', 'reservations', 'booking', 'taxi', 'cab', 'uber', 'lyft', 'ride', 'trip',
    'vacation', 'haircut', 'manicure', 'massage', 'dentist', 'doctor', 'checkup', 'check up', 'oil change', 'car wash',
    'song', 'songs', 'track', 'album', 'albums', 'playlist', 'movie', 'movies', 'film', 'episode', 'podcast',
    'audiobook', 'video', 'videos', 'photo', 'photos', 'picture', 'pictures', 'email', 'emails', 'message', 'messages',
    'text message', 'phone call', 'call', 'calls', 'voicemail', 'contact', 'contacts', 'phone number', 'address',
    'name', 'names', 'password', 'homework', 'assignment', 'exam', 'class', 'lesson', 'practice', 'rehearsal', 'chore',
    'chores', 'errand', 'errands', 'task', 'tasks', 'reminder', 'reminders', 'alarm', 'timer', 'payment', 'payments',
    'rent', 'taxes', 'loan', 'job', 'interview', 'deadline', 'gym', 'workout', 'yoga class', 'prescription',
    'prescriptions', 'refill', 'package', 'parcel', 'delivery', 'plumber', 'electrician', 'babysitter', 'lawyer',
    'visit', 'party', 'wedding', 'funeral', 'birthday party', 'anniversary', 'game night', 'book club', 'recital',
    'document', 'documents', 'paperwork', 'passport',
  ],
  /** Words that end something to do rather than something to buy: "take grocery buying off the list". */
  activityEnds: ['shopping', 'buying'],
  /**
   * Words that begin something to do rather than something to buy, when they open the thing named:
   * "add mow the lawn", "put pay the phone bill on the list", "take grocery shopping off".
   */
  activityStarts: [
    'call', 'phone', 'ring', 'pay', 'mow', 'walk', 'clean', 'wash', 'fix', 'book', 'schedule', 'visit', 'email', 'text',
    'go', 'going', 'buy', 'buying', 'get', 'pick', 'take', 'do', 'make', 'finish', 'write', 'read', 'watch', 'meet',
    'see', 'return', 'renew', 'file', 'send', 'cancel', 'vacuum', 'sweep', 'iron', 'water', 'feed', 'learn', 'practice',
    'study', 'plan', 'shopping', 'grocery shopping', 'groceries shopping', 'spent', 'spend',
  ],
  /** Where a meal comes from, rather than groceries: a request that names one is a restaurant order. */
  restaurants: [
    'restaurant', 'restaurants', 'takeout', 'take out', 'takeaway', 'take away', 'diner', 'pizzeria', 'drive thru',
    'drive through', 'dominos', "domino's", 'pizza hut', 'papa johns', "papa john's", 'mcdonalds', "mcdonald's",
    'burger king', 'wendys', "wendy's", 'taco bell', 'kfc', 'chipotle', 'starbucks', 'panera', 'chick fil a',
    'five guys', 'dunkin', 'grubhub', 'doordash', 'door dash', 'uber eats', 'postmates', 'seamless',
  ],
  /**
   * Other stores and services people shop with by voice: a cart or list of theirs is not this
   * store's ("add batteries to my amazon cart"), nor is a thing ordered from them. The store's own
   * name, should it be one of these, is its own.
   */
  otherStores: [
    'amazon', 'amazon fresh', 'walmart', 'target', 'costco', 'sams club', "sam's club", 'kroger', 'safeway', 'publix', 'aldi',
    'whole foods', 'trader joes', "trader joe's", 'wegmans', 'instacart', 'shipt', 'ebay', 'etsy', 'best buy', 'home depot',
    'lowes', "lowe's", 'ikea', 'cvs', 'walgreens', 'rite aid', 'dollar general', 'dollar tree',
  ],
  /** Places groceries come from, which a product may name without being a restaurant order: "bagels from the bakery". */
  shops: ['store', 'shop', 'grocery', 'groceries', 'grocer', 'supermarket', 'market', 'bakery', 'butcher', 'deli', 'farm', 'aisle', 'section', 'counter'],
} as const;
