import { catalogOf, type Catalog, type Product } from '../../src/catalog/product.ts';

/** A small hand-written store: near neighbours and sound-alike names on purpose. */
const rows: [string, string, string][] = [
  ['p01', 'Bananas', 'produce > fresh fruits'],
  ['p02', 'Organic Bananas', 'produce > fresh fruits'],
  ['p03', 'Banana Bread', 'bakery > bakery desserts'],
  ['p04', 'Whole Milk', 'dairy eggs > milk'],
  ['p05', '2% Reduced Fat Milk', 'dairy eggs > milk'],
  ['p06', 'Milk Chocolate Bar', 'snacks > candy chocolate'],
  ['p07', 'Unsweetened Almond Milk', 'dairy eggs > soy lactosefree'],
  ['p08', 'Honey Nut Cheerios', 'breakfast > cereal'],
  ['p09', 'Original Cheerios', 'breakfast > cereal'],
  ['p10', 'Frosted Flakes Cereal', 'breakfast > cereal'],
  ['p11', 'Kleenex Facial Tissues', 'household > paper goods'],
  ['p12', 'Fresh Thyme', 'produce > fresh herbs'],
  ['p13', 'Strawberries', 'produce > fresh fruits'],
  ['p14', 'Large White Eggs', 'dairy eggs > eggs'],
  ['p15', 'White Sandwich Bread', 'bakery > bread'],
  ['p16', 'Macaroni & Cheese Dinner', 'dry goods pasta > instant foods'],
  ['p17', 'Elbow Macaroni', 'dry goods pasta > dry pasta'],
  ['p18', 'Shredded Cheddar Cheese', 'dairy eggs > packaged cheese'],
  ['p19', 'Half & Half', 'dairy eggs > cream'],
  ['p20', 'Salt & Pepper Kettle Chips', 'snacks > chips pretzels'],
  ['p21', 'Sea Salt', 'pantry > spices seasonings'],
  ['p22', 'Thin Spaghetti', 'dry goods pasta > dry pasta'],
  ['p23', 'Frozen Sweet Peas', 'frozen > frozen produce'],
  ['p24', 'Live Blue Mussels', 'meat seafood > seafood counter'],
  ['p25', 'Russet Potatoes', 'produce > fresh vegetables'],
  ['p26', 'Doritos Nacho Cheese Tortilla Chips', 'snacks > chips pretzels'],
  ['p27', "Ben & Jerry's Chunky Monkey Ice Cream", 'frozen > ice cream ice'],
  ['p28', 'Q-Tips Cotton Swabs', 'personal care > beauty'],
  ['p29', 'Coca-Cola', 'beverages > soft drinks'],
  ['p30', 'Grapefruit', 'produce > fresh fruits'],
  ['p31', 'Naan Bread', 'bakery > bread'],
  ['p32', 'Baby Spinach', 'produce > packaged vegetables fruits'],
  ['p33', 'Spinach Artichoke Dip', 'deli > prepared meals'],
  ['p34', 'Smartwater', 'beverages > water seltzer sparkling water'],
  ['p35', 'Chicken Broth', 'canned goods > soup broth bouillon'],
  ['p36', 'Yellow Onions', 'produce > fresh vegetables'],
  ['p37', 'Green Seedless Grapes', 'produce > fresh fruits'],
  ['p38', 'Red Seedless Grapes', 'produce > fresh fruits'],
  ['p39', 'Snow Peas', 'produce > fresh vegetables'],
  ['p40', 'Vegetable Oil', 'pantry > oils vinegars'],
  ['p41', 'Baby Shampoo', 'babies > baby bath body care'],
  ['p42', 'Arm & Hammer Pure Baking Soda', 'pantry > baking ingredients'],
  ['p43', 'Arm & Hammer Clean Burst Laundry Detergent', 'household > laundry'],
  ['p44', "M&M's Milk Chocolate Candies", 'snacks > candy chocolate'],
  ['p45', 'Roasted Garlic Hummus', 'deli > fresh dips tapenades'],
  ['p46', 'Soft White Light Bulbs', 'household > more household'],
];

export const products: Product[] = rows.map(([id, name, category]) => ({ id, name, category }));

export function fixtureCatalog(): Catalog {
  return catalogOf(products);
}
